package org.shellymanager.device.testing;

import tools.jackson.databind.JsonNode;

/** Checks a JSON-RPC {@code auth} object the way a device does: decimal nc, {@code dummy_method:dummy_uri}. */
final class JsonDigestCheck {

    private JsonDigestCheck() {
    }

    static DigestRules.Verdict check(DigestRules rules, JsonNode auth) {
        if (auth == null || auth.isMissingNode() || auth.isNull()) {
            return DigestRules.Verdict.STALE;
        }
        if (!"admin".equals(auth.path("username").asString("")) || !auth.path("nc").isNumber()) {
            return DigestRules.Verdict.WRONG;
        }
        long nc = auth.get("nc").longValue();
        return rules.check(auth.path("nonce").asString(""), nc, Long.toString(nc), auth.path("cnonce").asString(""),
                auth.path("response").asString(""), "dummy_method:dummy_uri");
    }
}

package org.shellymanager.device.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks an HTTP {@code Authorization: Digest ...} header the way a firmware 2.0 device does. */
final class HttpDigestCheck {

    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");

    private HttpDigestCheck() {
    }

    static DigestRules.Verdict check(DigestRules rules, String header) {
        if (header == null || !header.startsWith("Digest ")) {
            return DigestRules.Verdict.STALE;
        }
        Map<String, String> params = new HashMap<>();
        Matcher matcher = PARAM.matcher(header.substring(7));
        while (matcher.find()) {
            params.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        String nc = params.get("nc");
        if (nc == null || !nc.matches("[0-9a-f]{8}") || !"admin".equals(params.get("username"))
                || !"/rpc".equals(params.get("uri")) || !rules.realm().equals(params.get("realm"))) {
            return DigestRules.Verdict.WRONG;
        }
        return rules.check(params.get("nonce"), Long.parseLong(nc, 16), nc, params.get("cnonce"),
                params.get("response"), "POST:/rpc");
    }
}

package org.shellymanager.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** Client side of SHA-256 digest, computed from the protocol reference (independent of the simulator's code). */
final class TestDigest {

    private TestDigest() {
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Challenge parameters; values split on the first '=' only. */
    static Map<String, String> challenge(String header) {
        Map<String, String> params = new HashMap<>();
        for (String part : header.substring("Digest ".length()).split(",\\s*")) {
            int eq = part.indexOf('=');
            params.put(part.substring(0, eq).trim(), part.substring(eq + 1).replace("\"", ""));
        }
        return params;
    }

    static String authorization(String realm, String password, String nonce, int nc, String method, String uri) {
        String ha1 = sha256("admin:" + realm + ":" + password);
        String ncHex = String.format("%08x", nc);
        String response = sha256(ha1 + ":" + nonce + ":" + ncHex + ":abcdef:auth:" + sha256(method + ":" + uri));
        return "Digest username=\"admin\", realm=\"" + realm + "\", uri=\"" + uri + "\", nonce=\"" + nonce
                + "\", cnonce=\"abcdef\", nc=" + ncHex + ", qop=auth, response=\"" + response + "\", algorithm=SHA-256";
    }

    /** The JSON-RPC {@code auth} object; {@code nonceJson} is the nonce as JSON (number or quoted string). */
    static String authObject(String realm, String password, String nonceText, String nonceJson, int nc) {
        String ha1 = sha256("admin:" + realm + ":" + password);
        String response = sha256(ha1 + ":" + nonceText + ":" + nc + ":12345:auth:" + sha256("dummy_method:dummy_uri"));
        return "{\"realm\":\"" + realm + "\",\"username\":\"admin\",\"nonce\":" + nonceJson
                + ",\"cnonce\":12345,\"nc\":" + nc + ",\"response\":\"" + response + "\",\"algorithm\":\"SHA-256\"}";
    }
}

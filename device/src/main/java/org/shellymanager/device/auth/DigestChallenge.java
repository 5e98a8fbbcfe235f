package org.shellymanager.device.auth;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shellymanager.device.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * A digest challenge from a device, read from a {@code WWW-Authenticate} header or from the JSON form that
 * JSON-RPC error frames (and the Wall Display's 401 body) carry.
 *
 * @param nonce        as sent; JSON nonces keep their type ({@code numericNonce})
 * @param opaque       null when absent; an empty string when sent empty (it must then be echoed)
 * @param stale        true when the device says the nonce expired (not a wrong password)
 * @param fromJson     true for the JSON form, answered with an {@code auth} object instead of a header
 */
public record DigestChallenge(String realm, String nonce, boolean numericNonce, String algorithm, String opaque,
                              boolean stale, boolean fromJson) {

    public DigestChallenge {
        if (realm == null || nonce == null || nonce.isEmpty()) {
            throw new IllegalArgumentException("a digest challenge needs a realm and a nonce");
        }
        if (algorithm != null && !algorithm.equalsIgnoreCase("SHA-256")) {
            throw new IllegalArgumentException("unsupported digest algorithm " + algorithm);
        }
    }

    /** Parses {@code Digest k=v, k="v"...} in any order, values quoted or not, splitting each pair at its first '='. */
    public static Optional<DigestChallenge> parseHeader(String header) {
        if (header == null || !header.strip().regionMatches(true, 0, "Digest ", 0, 7)) {
            return Optional.empty();
        }
        Map<String, String> params = parameters(header.strip().substring(7));
        try {
            return Optional.of(new DigestChallenge(params.get("realm"), params.get("nonce"), false,
                    params.get("algorithm"), params.get("opaque"), "true".equalsIgnoreCase(params.get("stale")), false));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> parameters(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            i = eq + 1;
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                i++;
            } else {
                while (i < text.length() && text.charAt(i) != ',') {
                    value.append(text.charAt(i++));
                }
            }
            params.put(key, value.toString().strip());
        }
        return params;
    }

    /**
     * Reads the JSON form: either the challenge object itself, an error object {@code {code:401, message:"<json>"}},
     * or a whole frame with such an {@code error}.
     */
    public static Optional<DigestChallenge> parseJson(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.has("error")) {
            return parseJson(node.get("error"));
        }
        if (node.path("message").isString()) {
            return parseJson(Json.parseOrNull(node.get("message").stringValue()));
        }
        JsonNode nonce = node.path("nonce");
        if (!node.path("realm").isString() || !(nonce.isNumber() || nonce.isString())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DigestChallenge(node.get("realm").stringValue(), nonce.asString(), nonce.isNumber(),
                    Json.text(node, "algorithm"), Json.text(node, "opaque"), Json.flag(node, "stale"), true));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

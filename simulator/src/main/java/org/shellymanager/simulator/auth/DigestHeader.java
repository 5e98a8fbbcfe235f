package org.shellymanager.simulator.auth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Parses an {@code Authorization: Digest ...} header; values may be quoted and base64 nonces may contain '='. */
final class DigestHeader {

    private DigestHeader() {
    }

    static Optional<Map<String, String>> parse(String header) {
        if (header == null || !header.regionMatches(true, 0, "Digest ", 0, 7)) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        String rest = header.substring(7);
        int i = 0;
        while (i < rest.length()) {
            while (i < rest.length() && (rest.charAt(i) == ' ' || rest.charAt(i) == ',')) {
                i++;
            }
            int eq = rest.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = rest.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            int start = eq + 1;
            String value;
            if (start < rest.length() && rest.charAt(start) == '"') {
                int close = rest.indexOf('"', start + 1);
                if (close < 0) {
                    return Optional.empty();
                }
                value = rest.substring(start + 1, close);
                i = close + 1;
            } else {
                int comma = rest.indexOf(',', start);
                int end = comma < 0 ? rest.length() : comma;
                value = rest.substring(start, end).trim();
                i = end;
            }
            params.put(key, value);
        }
        return Optional.of(params);
    }
}

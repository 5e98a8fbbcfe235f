package org.shellymanager.simulator.net;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One parsed HTTP/1.1 request. Header names are lower case; the body is the raw bytes. */
public record HttpRequest(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {

    public HttpRequest {
        headers = Map.copyOf(headers);
    }

    /** The request target as sent, path plus query, used for the digest {@code uri}. */
    public String target() {
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Query and form parameters, decoded, in the order they were sent. */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        decodeInto(rawQuery, params);
        String type = header("content-type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            decodeInto(new String(body, StandardCharsets.UTF_8), params);
        }
        return params;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isWebSocketUpgrade() {
        String upgrade = header("upgrade");
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    private static void decodeInto(String encoded, Map<String, String> target) {
        if (encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            target.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
    }
}

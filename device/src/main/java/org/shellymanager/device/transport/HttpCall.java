package org.shellymanager.device.transport;

import java.util.Map;

/**
 * One HTTP request to a device.
 *
 * @param pathAndQuery  e.g. {@code /settings/relay/0?auto_off=120}, already encoded
 * @param body          the request body, or null for none
 * @param idempotent    whether it may be repeated after a timeout (reads only)
 */
public record HttpCall(String method, String pathAndQuery, byte[] body, Map<String, String> headers, boolean idempotent) {

    public HttpCall {
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + pathAndQuery);
        }
        headers = Map.copyOf(headers);
    }

    public static HttpCall get(String pathAndQuery, boolean idempotent) {
        return new HttpCall("GET", pathAndQuery, null, Map.of(), idempotent);
    }

    public static HttpCall postJson(String path, byte[] body, boolean idempotent) {
        return new HttpCall("POST", path, body, Map.of("Content-Type", "application/json"), idempotent);
    }

    public HttpCall withHeader(String name, String value) {
        var copy = new java.util.HashMap<>(headers);
        copy.put(name, value);
        return new HttpCall(method, pathAndQuery, body, copy, idempotent);
    }
}

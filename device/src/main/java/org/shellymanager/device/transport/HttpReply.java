package org.shellymanager.device.transport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A device's HTTP answer, read in full (up to the reply cap). */
public record HttpReply(int status, Map<String, List<String>> headers, byte[] body) {

    public HttpReply {
        headers = Map.copyOf(headers);
    }

    public Optional<String> findHeader(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}

package org.shellymanager.device;

import java.io.IOException;
import java.io.InputStream;
import org.shellymanager.device.json.Json;
import tools.jackson.databind.JsonNode;

/** Reads the captured device replies under {@code src/test/resources/fixtures} (see the README there). */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(String path) {
        JsonNode node = Json.parseOrNull(bytes(path));
        if (node == null) {
            throw new IllegalArgumentException("fixture is not JSON: " + path);
        }
        return node;
    }
}

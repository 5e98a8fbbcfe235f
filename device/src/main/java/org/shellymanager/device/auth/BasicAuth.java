package org.shellymanager.device.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.shellymanager.device.Credentials;

/** HTTP Basic auth, which Gen1 devices use. */
public final class BasicAuth {

    private BasicAuth() {
    }

    public static String header(Credentials credentials) {
        String pair = credentials.username() + ":" + credentials.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}

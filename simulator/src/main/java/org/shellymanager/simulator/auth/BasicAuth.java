package org.shellymanager.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.shellymanager.simulator.net.HttpRequest;

/** Gen1 HTTP Basic auth check. */
public final class BasicAuth {

    private BasicAuth() {
    }

    public static boolean accepts(HttpRequest request, String user, String password) {
        String header = request.header("authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Hashes.sameText(decoded, user + ":" + password);
    }
}

package org.shellymanager.manager.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * The one-time code that the setup page asks for before it creates the first admin, printed on the console at
 * start-up, so that whoever reaches a fresh server over the network first cannot claim it.
 */
@Component
class SetupCode {

    private final String code;

    SetupCode() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        this.code = HexFormat.of().formatHex(bytes);
    }

    String code() {
        return code;
    }

    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII),
                candidate.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}

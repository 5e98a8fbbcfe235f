package org.shellymanager.manager.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex, for configuration fingerprints and the hashes of secrets. */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(ConfigFields fields) {
        StringBuilder canonical = new StringBuilder();
        fields.values().forEach((field, value) -> canonical.append(field).append('=').append(value).append('\n'));
        return sha256(canonical.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

package org.shellymanager.manager.config;

import org.shellymanager.device.Sha256;

/** The fingerprint of a configuration: SHA-256 in hex of its fields, one {@code field=value} line each. */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(ConfigFields fields) {
        StringBuilder canonical = new StringBuilder();
        fields.values().forEach((field, value) -> canonical.append(field).append('=').append(value).append('\n'));
        return Sha256.hex(canonical.toString());
    }
}

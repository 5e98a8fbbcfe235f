package org.shellymanager.manager.backup;

import org.shellymanager.manager.security.SecretCipher;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What archive writing and reading share. */
final class Archives {

    /** Reads values one by one from a section stream, so a value followed by more is not an error. */
    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * The member name that marks a secret opened from the source database's encryption: stored only inside an
     * encrypted archive, and sealed again with the target's key on restore, so credentials survive a move to a
     * new server with a new secret key.
     */
    static final String SECRET = "secret";

    private Archives() {
    }

    /** The plain text of a value sealed by the server's {@link SecretCipher}, or null when it is not one. */
    static String openSecret(SecretCipher cipher, String value) {
        if (value == null || !value.startsWith("v1:")) {
            return null;
        }
        try {
            return cipher.open(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

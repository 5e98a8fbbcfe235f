package org.shellymanager.manager.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.shellymanager.device.Sha256;

/**
 * Encrypts secrets for storage with AES-256-GCM. A sealed value is {@code v1:<key id>:} followed by the Base64 of
 * a random 12-byte nonce and the ciphertext with its 16-byte tag, so tampering or a wrong key is detected on
 * opening. The key id (the first 8 bytes of the key's SHA-256, in hex) names the key that sealed it. New values
 * are sealed with the current key; older keys stay readable while a rotation re-seals everything
 * ({@link KeyRotation}). Values from before key ids ({@code v1:<Base64>}) are opened with any held key.
 */
public final class SecretCipher {

    public static final int KEY_BYTES = 32;
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private volatile List<Key> keys;

    public SecretCipher(byte[] key) {
        this(key, List.of());
    }

    /** @param older keys that sealed stored values before {@code key} and must still open them */
    public SecretCipher(byte[] key, List<byte[]> older) {
        List<Key> all = new ArrayList<>(List.of(new Key(key)));
        older.forEach(k -> all.add(new Key(k)));
        this.keys = List.copyOf(all);
    }

    /** Whether a stored value looks like a sealed secret (of any key). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The id of the key that sealed {@code sealed}, or null for a value from before key ids. */
    public static String keyIdOf(String sealed) {
        int colon = isSealed(sealed) ? sealed.indexOf(':', PREFIX.length()) : -1;
        return colon < 0 ? null : sealed.substring(PREFIX.length(), colon);
    }

    /** The id of the key new values are sealed with. */
    public String keyId() {
        return keys.getFirst().id();
    }

    public String seal(String plaintext) {
        Key key = keys.getFirst();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** @throws IllegalArgumentException when the value was not sealed with a key held here, or was altered */
    public String open(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        String keyId = keyIdOf(sealed);
        byte[] bytes = decode(keyId == null ? sealed.substring(PREFIX.length()) : sealed.substring(PREFIX.length() + keyId.length() + 1));
        List<Key> candidates = keys.stream().filter(k -> keyId == null || k.id().equals(keyId)).toList();
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("sealed secret is of key " + keyId + ", which this server does not hold");
        }
        for (Key key : candidates) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
                return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
            } catch (AEADBadTagException e) {
                // try the next candidate key
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available", e);
            }
        }
        throw new IllegalArgumentException("sealed secret does not open with this key (wrong key or altered data)");
    }

    /** Seals new values with {@code key} from now on; every key held so far stays readable. */
    synchronized void rotateTo(byte[] key) {
        List<Key> all = new ArrayList<>(List.of(new Key(key)));
        all.addAll(keys);
        keys = List.copyOf(all);
    }

    /** Drops every key but the current one, once nothing stored needs them. */
    synchronized void forgetOlderKeys() {
        keys = List.of(keys.getFirst());
    }

    private static byte[] decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sealed secret is not valid Base64", e);
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("sealed secret is too short");
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "SecretCipher[key=" + keyId() + "]";
    }

    private record Key(SecretKeySpec spec, String id) {

        Key(byte[] key) {
            this(spec(key), id(key));
        }

        private static SecretKeySpec spec(byte[] key) {
            if (key == null || key.length != KEY_BYTES) {
                throw new IllegalArgumentException("the secret key must be " + KEY_BYTES + " bytes");
            }
            return new SecretKeySpec(key.clone(), "AES");
        }

        private static String id(byte[] key) {
            return Sha256.hex(key).substring(0, 16);
        }
    }
}

package org.shellymanager.manager.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The AES-256 key of an encrypted archive, derived from its passphrase with Argon2id. Each section is sealed with
 * AES-GCM under a fresh random nonce written before it, and its entry name as associated data, so a section cannot
 * be altered or swapped for another without the restore noticing.
 */
final class ArchiveKey {

    static final String CIPHER = "AES-256-GCM";
    static final String KDF = "argon2id";
    private static final int MEMORY_KIB = 65_536;
    private static final int ITERATIONS = 3;
    private static final int PARALLELISM = 1;
    private static final int NONCE_BYTES = 12;
    private static final byte[] CHECK = "shelly-manager archive key".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final Manifest.Encryption encryption;
    private final SecureRandom random = new SecureRandom();

    private ArchiveKey(SecretKeySpec key, Manifest.Encryption encryption) {
        this.key = key;
        this.encryption = encryption;
    }

    /** A new key with a fresh salt, for writing an archive. */
    static ArchiveKey create(char[] passphrase) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        SecretKeySpec key = derive(passphrase, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        ArchiveKey partial = new ArchiveKey(key, null);
        String check = Base64.getEncoder().encodeToString(partial.seal(CHECK, "check"));
        return new ArchiveKey(key, new Manifest.Encryption(CIPHER, KDF, Base64.getEncoder().encodeToString(salt), MEMORY_KIB,
                ITERATIONS, PARALLELISM, check));
    }

    /**
     * The key of an existing archive.
     *
     * @throws WrongPassphraseException when the passphrase does not open the manifest's check value
     */
    static ArchiveKey open(char[] passphrase, Manifest.Encryption encryption) {
        if (!CIPHER.equals(encryption.cipher()) || !KDF.equals(encryption.kdf()) || encryption.memoryKib() > 4 * 1024 * 1024
                || encryption.iterations() > 100 || encryption.parallelism() > 64) {
            throw new IllegalArgumentException("unsupported encryption " + encryption.cipher() + " with " + encryption.kdf());
        }
        ArchiveKey key = new ArchiveKey(derive(passphrase, Base64.getDecoder().decode(encryption.salt()), encryption.memoryKib(),
                encryption.iterations(), encryption.parallelism()), encryption);
        try {
            byte[] sealed = Base64.getDecoder().decode(encryption.check());
            Cipher cipher = key.cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES), "check");
            if (!Arrays.equals(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), CHECK)) {
                throw new WrongPassphraseException();
            }
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
        return key;
    }

    Manifest.Encryption encryption() {
        return encryption;
    }

    /** Encrypts what is written to the stream; closing it writes the tag. */
    OutputStream encrypting(OutputStream out, String entry) throws java.io.IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        out.write(nonce);
        return new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE, nonce, entry));
    }

    /** Decrypts a section; a wrong tag surfaces as an IOException when the stream ends. */
    InputStream decrypting(InputStream in, String entry) throws java.io.IOException {
        byte[] nonce = in.readNBytes(NONCE_BYTES);
        if (nonce.length != NONCE_BYTES) {
            throw new java.io.EOFException("section " + entry + " is too short");
        }
        return new CipherInputStream(in, cipher(Cipher.DECRYPT_MODE, nonce, entry));
    }

    private byte[] seal(byte[] plain, String entry) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, entry).doFinal(plain);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String entry) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(entry.getBytes(StandardCharsets.UTF_8));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static SecretKeySpec derive(char[] passphrase, byte[] salt, int memoryKib, int iterations, int parallelism) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withSalt(salt).withMemoryAsKB(memoryKib)
                .withIterations(iterations).withParallelism(parallelism).build());
        byte[] key = new byte[32];
        generator.generateBytes(passphrase, key);
        return new SecretKeySpec(key, "AES");
    }

    /** The passphrase does not open the archive. */
    static final class WrongPassphraseException extends RuntimeException {

        WrongPassphraseException() {
            super("the passphrase does not open this archive");
        }
    }
}

package org.shellymanager.manager.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.ManagerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the secret key: the new key goes first into the key file with the old ones kept readable after it,
 * every stored secret is re-sealed with the new key in one transaction ({@link StoredSecrets}), and only then is
 * the file cut down to the new key. A crash part-way leaves both keys in the file, so nothing becomes unreadable;
 * rotating again finishes the job.
 */
@Service
class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final SecretCipher cipher;
    private final StoredSecrets secrets;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final Path file;
    private final SecureRandom random = new SecureRandom();

    KeyRotation(SecretCipher cipher, StoredSecrets secrets, TransactionTemplate transaction, Environment environment,
                ManagerProperties properties) {
        this.cipher = cipher;
        this.secrets = secrets;
        this.transaction = transaction;
        this.environment = environment;
        this.file = properties.dataDir().resolve(SecretKeyConfiguration.KEY_FILE);
    }

    /** What a rotation did: the new key's id and how many stored secrets now use it. */
    record Result(String keyId, int resealed) {
    }

    synchronized Result rotate() {
        if (SecretKeyConfiguration.keyFromEnvironment(environment)) {
            throw new ManagerException(ErrorCode.KEY_ROTATION_UNAVAILABLE, "The key comes from SHELLY_MANAGER_SECRET_KEY,"
                    + " which the manager cannot change; use a key file (<data-dir>/secret.key) to rotate keys.");
        }
        byte[] fresh = new byte[SecretCipher.KEY_BYTES];
        random.nextBytes(fresh);
        List<String> lines = new ArrayList<>(List.of(Base64.getEncoder().encodeToString(fresh)));
        lines.addAll(read().stream().filter(line -> !line.isBlank()).toList());
        write(lines);
        cipher.rotateTo(fresh);
        int resealed = transaction.execute(status -> secrets.resealAll(cipher));
        write(lines.subList(0, 1));
        cipher.forgetOlderKeys();
        log.info("secret key rotated to {}; {} stored secrets re-sealed", cipher.keyId(), resealed);
        return new Result(cipher.keyId(), resealed);
    }

    private List<String> read() {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secret key file " + file, e);
        }
    }

    private void write(List<String> lines) {
        Path temp = file.resolveSibling(SecretKeyConfiguration.KEY_FILE + ".new");
        try {
            Files.deleteIfExists(temp);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(temp, lines, StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the secret key file " + file, e);
        }
    }
}

package org.shellymanager.manager.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.shellymanager.manager.platform.ManagerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key for {@link SecretCipher}: Base64 of 32 bytes from {@code SHELLY_MANAGER_SECRET_KEY} (property
 * {@code shelly-manager.secret-key}) when set, otherwise from {@code <data-dir>/secret.key}, which is created
 * on first start with owner-only permissions. During a key rotation the file holds the new key on its first line and
 * the older keys, still readable, on the following lines ({@link KeyRotation}).
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    static final String KEY_FILE = "secret.key";
    private static final Logger log = LoggerFactory.getLogger(SecretKeyConfiguration.class);

    /** Whether the key comes from {@code shelly-manager.secret-key} rather than the key file. */
    static boolean keyFromEnvironment(Environment environment) {
        String configured = environment.getProperty("shelly-manager.secret-key");
        return configured != null && !configured.isBlank();
    }

    @Bean
    SecretCipher secretCipher(Environment environment, ManagerProperties properties) {
        if (keyFromEnvironment(environment)) {
            String configured = environment.getProperty("shelly-manager.secret-key");
            return new SecretCipher(decode(configured, "SHELLY_MANAGER_SECRET_KEY"));
        }
        Path file = properties.dataDir().resolve(KEY_FILE);
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            List<byte[]> keys = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().filter(line -> !line.isBlank())
                    .map(line -> decode(line, file.toString())).toList();
            if (keys.isEmpty()) {
                throw new IllegalStateException("the secret key file " + file + " is empty");
            }
            return new SecretCipher(keys.getFirst(), keys.subList(1, keys.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[SecretCipher.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        log.info("created a new secret key in {}; back it up with the database, or stored device passwords are lost", file);
    }

    private static byte[] decode(String text, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(text.strip());
            if (key.length != SecretCipher.KEY_BYTES) {
                throw new IllegalStateException("the secret key in " + source + " must be Base64 of "
                        + SecretCipher.KEY_BYTES + " bytes, found " + key.length + " bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the secret key in " + source + " is not valid Base64", e);
        }
    }
}

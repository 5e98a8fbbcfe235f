package org.shellymanager.manager.config;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.shellymanager.device.Sha256;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.SecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Named secrets for templates (WiFi keys, MQTT and login passwords), sealed with the {@link SecretCipher}, and
 * the record of what the manager wrote into each device's write-only fields: sealed, with a hash salted by
 * device and field so the manager can tell whether it set a value without reading it back.
 */
@Service
class SecretService {

    private static final Logger log = LoggerFactory.getLogger(SecretService.class);

    private final JdbcSecretStore store;
    private final SecretCipher cipher;
    private final Clock clock;

    SecretService(JdbcSecretStore store, SecretCipher cipher, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
    }

    void put(String name, String value) {
        store.put(name, cipher.seal(value), Sha256.hex("secret\n" + name + "\n" + value), clock.instant());
        log.info("stored secret {} set", name);
    }

    Optional<String> find(String name) {
        return store.findSealed(name).map(cipher::open);
    }

    List<String> names() {
        return store.names();
    }

    void delete(String name) {
        if (!store.delete(name)) {
            throw new ManagerException(ErrorCode.CONFIG_SECRET_NOT_FOUND, "No stored secret named '" + name + "'.");
        }
        log.info("stored secret {} deleted", name);
    }

    static String appliedHash(String deviceId, String field, String value) {
        return Sha256.hex(deviceId + "\n" + field + "\n" + value);
    }

    void recordApplied(String deviceId, String field, String value) {
        store.recordApplied(deviceId, field, cipher.seal(value), appliedHash(deviceId, field, value), clock.instant());
    }

    /** Whether the manager last wrote exactly this value into the device's field. */
    boolean applied(String deviceId, String field, String value) {
        return store.appliedHash(deviceId, field).map(appliedHash(deviceId, field, value)::equals).orElse(false);
    }
}

package org.shellymanager.manager.config;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored secrets that templates refer to by name ({@code config_secrets}), and what the manager wrote into each
 * device's write-only fields ({@code config_applied_secrets}). Values are sealed by the caller.
 */
@Repository
class JdbcSecretStore {

    private final JdbcClient jdbc;

    JdbcSecretStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void put(String name, String sealed, String hash, Instant at) {
        jdbc.sql("DELETE FROM config_secrets WHERE name = ?").param(name).update();
        jdbc.sql("INSERT INTO config_secrets (name, sealed, hash, updated_at) VALUES (?, ?, ?, ?)")
                .params(name, sealed, hash, at.toEpochMilli()).update();
    }

    Optional<String> findSealed(String name) {
        return jdbc.sql("SELECT sealed FROM config_secrets WHERE name = ?").param(name).query(String.class).optional();
    }

    List<String> names() {
        return jdbc.sql("SELECT name FROM config_secrets ORDER BY name").query(String.class).list();
    }

    boolean delete(String name) {
        return jdbc.sql("DELETE FROM config_secrets WHERE name = ?").param(name).update() == 1;
    }

    @Transactional
    void recordApplied(String deviceId, String field, String sealed, String hash, Instant at) {
        jdbc.sql("DELETE FROM config_applied_secrets WHERE device_id = ? AND field = ?").params(deviceId, field).update();
        jdbc.sql("INSERT INTO config_applied_secrets (device_id, field, sealed, hash, applied_at) VALUES (?, ?, ?, ?, ?)")
                .params(deviceId, field, sealed, hash, at.toEpochMilli()).update();
    }

    Optional<String> appliedHash(String deviceId, String field) {
        return jdbc.sql("SELECT hash FROM config_applied_secrets WHERE device_id = ? AND field = ?")
                .params(deviceId, field).query(String.class).optional();
    }
}

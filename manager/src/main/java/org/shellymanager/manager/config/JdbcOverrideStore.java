package org.shellymanager.manager.config;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Per-device overrides in {@code config_overrides}. */
@Repository
class JdbcOverrideStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcOverrideStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    void put(String deviceId, DeviceOverrides overrides, Instant at) {
        jdbc.sql("DELETE FROM config_overrides WHERE device_id = ?").param(deviceId).update();
        jdbc.sql("INSERT INTO config_overrides (device_id, settings, variables, updated_at) VALUES (?, ?, ?, ?)")
                .params(deviceId, overrides.settings().toJson().toString(), json.writeValueAsString(overrides.variables()),
                        at.toEpochMilli())
                .update();
    }

    Optional<DeviceOverrides> find(String deviceId) {
        return jdbc.sql("SELECT settings, variables FROM config_overrides WHERE device_id = ?").param(deviceId)
                .query((rs, row) -> new DeviceOverrides(TemplateSettings.parse(json.readTree(rs.getString("settings"))),
                        json.readValue(rs.getString("variables"), new TypeReference<Map<String, String>>() { })))
                .optional();
    }
}

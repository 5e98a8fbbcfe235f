package org.shellymanager.manager.config;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /** Every device's overrides, by device id. */
    Map<String, DeviceOverrides> all() {
        Map<String, DeviceOverrides> all = new TreeMap<>();
        jdbc.sql("SELECT device_id, settings, variables FROM config_overrides")
                .query(rs -> {
                    all.put(rs.getString("device_id"), overrides(rs.getString("settings"), rs.getString("variables")));
                });
        return all;
    }

    Optional<DeviceOverrides> find(String deviceId) {
        return jdbc.sql("SELECT settings, variables FROM config_overrides WHERE device_id = ?").param(deviceId)
                .query((rs, row) -> overrides(rs.getString("settings"), rs.getString("variables")))
                .optional();
    }

    private DeviceOverrides overrides(String settings, String variables) {
        return new DeviceOverrides(TemplateSettings.parse(json.readTree(settings)),
                json.readValue(variables, new TypeReference<Map<String, String>>() { }));
    }
}

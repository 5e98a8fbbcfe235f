package org.shellymanager.manager.discovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Networks in the {@code networks} table; targets are kept as a JSON array. */
@Repository
class JdbcNetworkStore {

    private static final String COLUMNS = "id, name, targets, mdns, schedule, enabled, created_at, last_run_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcNetworkStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Network network) {
        jdbc.sql("INSERT INTO networks (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(network.id(), network.name(), json.writeValueAsString(network.targets()), network.mdns(), network.schedule(),
                        network.enabled(), network.createdAt().toEpochMilli(),
                        network.lastRunAt() == null ? null : network.lastRunAt().toEpochMilli())
                .update();
    }

    void update(Network network) {
        jdbc.sql("UPDATE networks SET name = ?, targets = ?, mdns = ?, schedule = ?, enabled = ? WHERE id = ?")
                .params(network.name(), json.writeValueAsString(network.targets()), network.mdns(), network.schedule(),
                        network.enabled(), network.id())
                .update();
    }

    void markRun(String id, Instant at) {
        jdbc.sql("UPDATE networks SET last_run_at = ? WHERE id = ?").params(at.toEpochMilli(), id).update();
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM networks WHERE id = ?").param(id).update() == 1;
    }

    Optional<Network> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM networks WHERE id = ?").param(id).query(this::network).optional();
    }

    Optional<Network> findByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM networks WHERE name = ?").param(name).query(this::network).optional();
    }

    List<Network> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM networks ORDER BY name").query(this::network).list();
    }

    private Network network(ResultSet rs, int row) throws SQLException {
        long lastRun = rs.getLong("last_run_at");
        Instant lastRunAt = rs.wasNull() ? null : Instant.ofEpochMilli(lastRun);
        return new Network(rs.getString("id"), rs.getString("name"),
                json.readValue(rs.getString("targets"), new TypeReference<List<String>>() { }), rs.getBoolean("mdns"),
                rs.getString("schedule"),
                rs.getBoolean("enabled"), Instant.ofEpochMilli(rs.getLong("created_at")), lastRunAt);
    }
}

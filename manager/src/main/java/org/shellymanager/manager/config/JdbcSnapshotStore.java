package org.shellymanager.manager.config;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shellymanager.device.Generation;
import org.shellymanager.manager.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Snapshots in {@code config_snapshots}, their sections one row each in {@code config_snapshot_sections}. */
@Repository
class JdbcSnapshotStore {

    private static final String COLUMNS = "id, device_id, version, taken_at, cause, job_id, fingerprint, model, generation";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcSnapshotStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    void insert(Snapshot snapshot) {
        jdbc.sql("INSERT INTO config_snapshots (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(snapshot.id(), snapshot.deviceId(), snapshot.version(), snapshot.takenAt().toEpochMilli(),
                        snapshot.cause().name(), snapshot.jobId(), snapshot.fingerprint(), snapshot.model(),
                        snapshot.generation().number())
                .update();
        snapshot.sections().forEach((section, content) -> jdbc.sql(
                        "INSERT INTO config_snapshot_sections (snapshot_id, section, content) VALUES (?, ?, ?)")
                .params(snapshot.id(), section, json.writeValueAsString(content)).update());
    }

    Optional<Snapshot> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM config_snapshots WHERE id = ?").param(id)
                .query(this::header).optional().map(this::withSections);
    }

    Optional<Snapshot> latest(String deviceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM config_snapshots WHERE device_id = ? ORDER BY version DESC LIMIT 1")
                .param(deviceId).query(this::header).optional().map(this::withSections);
    }

    Optional<Snapshot> version(String deviceId, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM config_snapshots WHERE device_id = ? AND version = ?")
                .params(deviceId, version).query(this::header).optional().map(this::withSections);
    }

    int nextVersion(String deviceId) {
        Integer max = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM config_snapshots WHERE device_id = ?").param(deviceId)
                .query(Integer.class).single();
        return max + 1;
    }

    /** Newest first, without sections. */
    Page<Snapshot> history(String deviceId, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM config_snapshots WHERE device_id = ?").param(deviceId)
                .query(Long.class).single();
        List<Snapshot> items = jdbc.sql("SELECT " + COLUMNS + " FROM config_snapshots WHERE device_id = ? "
                        + "ORDER BY version DESC LIMIT ? OFFSET ?")
                .params(deviceId, size, Page.offset(page, size)).query(this::header).list();
        return new Page<>(items, total, page, size);
    }

    private Snapshot withSections(Snapshot header) {
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        jdbc.sql("SELECT section, content FROM config_snapshot_sections WHERE snapshot_id = ? ORDER BY section")
                .param(header.id())
                .query((rs, row) -> Map.entry(rs.getString("section"), json.readTree(rs.getString("content"))))
                .list().forEach(e -> sections.put(e.getKey(), e.getValue()));
        return new Snapshot(header.id(), header.deviceId(), header.version(), header.takenAt(), header.cause(),
                header.jobId(), header.fingerprint(), header.model(), header.generation(), sections);
    }

    private Snapshot header(ResultSet rs, int row) throws SQLException {
        return new Snapshot(rs.getString("id"), rs.getString("device_id"), rs.getInt("version"),
                Instant.ofEpochMilli(rs.getLong("taken_at")), SnapshotCause.valueOf(rs.getString("cause")),
                rs.getString("job_id"), rs.getString("fingerprint"), rs.getString("model"),
                Generation.of(rs.getInt("generation")), Map.of());
    }
}

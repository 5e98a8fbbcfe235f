package org.shellymanager.manager.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The {@code export_schedules} table. */
@Repository
class JdbcExportScheduleStore {

    private final JdbcClient jdbc;

    JdbcExportScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ExportSchedule s) {
        jdbc.sql("INSERT INTO export_schedules (name, exporter, format, options, directory, schedule, keep_last, enabled, "
                        + "created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.name(), s.exporter(), s.format(), Parsers.JSON.writeValueAsString(s.options()), s.directory(),
                        s.schedule(), s.keepLast(), s.enabled(), s.createdAt().toEpochMilli(), s.id())
                .update();
    }

    void update(ExportSchedule s) {
        jdbc.sql("UPDATE export_schedules SET name = ?, exporter = ?, format = ?, options = ?, directory = ?, schedule = ?, "
                        + "keep_last = ?, enabled = ? WHERE id = ?")
                .params(s.name(), s.exporter(), s.format(), Parsers.JSON.writeValueAsString(s.options()), s.directory(),
                        s.schedule(), s.keepLast(), s.enabled(), s.id())
                .update();
    }

    void markRun(String id, Instant at, String result, String message) {
        jdbc.sql("UPDATE export_schedules SET last_run_at = ?, last_result = ?, last_message = ? WHERE id = ?")
                .params(at.toEpochMilli(), result, message.length() > 1024 ? message.substring(0, 1024) : message, id)
                .update();
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM export_schedules WHERE id = ?").param(id).update() > 0;
    }

    List<ExportSchedule> list() {
        return jdbc.sql("SELECT * FROM export_schedules ORDER BY name").query((rs, row) -> schedule(rs)).list();
    }

    /** By id or by name. */
    Optional<ExportSchedule> find(String idOrName) {
        return jdbc.sql("SELECT * FROM export_schedules WHERE id = ? OR name = ?").params(idOrName, idOrName)
                .query((rs, row) -> schedule(rs)).optional();
    }

    private static ExportSchedule schedule(ResultSet rs) throws SQLException {
        long lastRun = rs.getLong("last_run_at");
        Instant lastRunAt = rs.wasNull() ? null : Instant.ofEpochMilli(lastRun);
        return new ExportSchedule(rs.getString("id"), rs.getString("name"), rs.getString("exporter"), rs.getString("format"),
                Parsers.JSON.readValue(rs.getString("options"), new TypeReference<Map<String, String>>() { }),
                rs.getString("directory"), rs.getString("schedule"), rs.getInt("keep_last"), rs.getBoolean("enabled"),
                Instant.ofEpochMilli(rs.getLong("created_at")), lastRunAt, rs.getString("last_result"),
                rs.getString("last_message"));
    }
}

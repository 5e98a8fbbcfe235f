package org.shellymanager.manager.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The {@code export_history} table. */
@Repository
class JdbcExportHistoryStore {

    private final JdbcClient jdbc;

    JdbcExportHistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ExportRecord record) {
        jdbc.sql("INSERT INTO export_history (id, exporter, format, options, started_by, created_at, device_count, "
                        + "file_count, bytes, sha256, file_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(record.id(), record.exporter(), record.format(), Parsers.JSON.writeValueAsString(record.options()),
                        record.startedBy(), record.createdAt().toEpochMilli(), record.deviceCount(), record.fileCount(),
                        record.bytes(), record.sha256(), record.file())
                .update();
    }

    void webhookAnswered(String id, String result) {
        jdbc.sql("UPDATE export_history SET webhook_result = ? WHERE id = ?")
                .params(result.length() > 512 ? result.substring(0, 512) : result, id).update();
    }

    List<ExportRecord> latest(int limit) {
        return jdbc.sql("SELECT * FROM export_history ORDER BY created_at DESC, id LIMIT ?").param(limit)
                .query((rs, row) -> new ExportRecord(rs.getString("id"), rs.getString("exporter"), rs.getString("format"),
                        Parsers.JSON.readValue(rs.getString("options"), new TypeReference<Map<String, String>>() { }),
                        rs.getString("started_by"), Instant.ofEpochMilli(rs.getLong("created_at")), rs.getInt("device_count"),
                        rs.getInt("file_count"), rs.getLong("bytes"), rs.getString("sha256"), rs.getString("file_path"),
                        rs.getString("webhook_result")))
                .list();
    }
}

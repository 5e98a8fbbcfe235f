package org.shellymanager.manager.firmware;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cached firmware files' descriptions, in {@code firmware_files}; the content is on disk. */
@Repository
class JdbcFirmwareFileStore {

    private static final String COLUMNS = "id, model, version, sha256, size_bytes, file_name, token, added_at";

    private final JdbcClient jdbc;

    JdbcFirmwareFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FirmwareFile file) {
        jdbc.sql("INSERT INTO firmware_files (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(file.id(), file.model(), file.version(), file.sha256(), file.size(), file.fileName(), file.token(),
                        file.addedAt().toEpochMilli())
                .update();
    }

    Optional<FirmwareFile> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_files WHERE id = ?").param(id).query(this::row).optional();
    }

    Optional<FirmwareFile> findByToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_files WHERE token = ?").param(token).query(this::row).optional();
    }

    Optional<FirmwareFile> find(String model, String version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_files WHERE model = ? AND version = ?").params(model, version)
                .query(this::row).optional();
    }

    List<FirmwareFile> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_files ORDER BY model, added_at DESC").query(this::row).list();
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM firmware_files WHERE id = ?").param(id).update() == 1;
    }

    private FirmwareFile row(ResultSet rs, int row) throws SQLException {
        return new FirmwareFile(rs.getString("id"), rs.getString("model"), rs.getString("version"), rs.getString("sha256"),
                rs.getLong("size_bytes"), rs.getString("file_name"), rs.getString("token"),
                Instant.ofEpochMilli(rs.getLong("added_at")));
    }
}

package org.shellymanager.bench.harness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How much of the manager's SQLite database is in use, read from the file while the manager runs (a reader sees
 * every committed write, the WAL's included): pages in use of the whole file times the page size, and the history
 * rows.
 *
 * @param usedBytes   pages in use (all pages less the free list) times the page size
 * @param pointRows   rows of {@code telemetry_points} (raw history)
 * @param bucketRows  rows of {@code telemetry_buckets} (5-minute and hourly aggregates)
 */
public record DatabaseSize(long usedBytes, long pointRows, long bucketRows) {

    public static DatabaseSize of(Path dataDir) throws SQLException {
        String url = "jdbc:sqlite:file:" + dataDir.resolve("shelly-manager.db") + "?mode=ro";
        try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
            long pages = single(sql, "PRAGMA page_count");
            long free = single(sql, "PRAGMA freelist_count");
            long pageSize = single(sql, "PRAGMA page_size");
            return new DatabaseSize((pages - free) * pageSize, single(sql, "SELECT COUNT(*) FROM telemetry_points"),
                    single(sql, "SELECT COUNT(*) FROM telemetry_buckets"));
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

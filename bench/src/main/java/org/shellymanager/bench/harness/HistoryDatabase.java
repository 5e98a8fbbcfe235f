package org.shellymanager.bench.harness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes a year of hourly history (one power series per device and one hourly bucket per series and hour, as the
 * server's downsampling leaves it) straight into a manager's SQLite database (the manager stopped), in one
 * {@code INSERT ... SELECT} over the series and a recursive series of hours, so SQLite makes the rows itself in key
 * order without one JDBC call per row (buckets have no index but their key). The rows have the shape the server's
 * migrations create. Change tracking for incremental backups is suspended while it
 * writes, and its lineage cleared, so the manager starts a new one and the history is not recorded row by row.
 */
public final class HistoryDatabase {

    private static final int HOURS = 365 * 24;

    private HistoryDatabase() {
    }

    /** Rows written and how long it took. */
    public record Written(long rows, Duration took) {

        public double rowsPerSecond() {
            return rows / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    public static Written fillYear(Path dataDir) throws SQLException {
        String url = "jdbc:sqlite:" + dataDir.resolve("shelly-manager.db");
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        long first = end.minus(Duration.ofHours(HOURS)).toEpochMilli();
        long started = System.nanoTime();
        long rows;
        try (Connection db = DriverManager.getConnection(url)) {
            String journal = journalMode(db, "OFF");
            db.setAutoCommit(false);
            tracking(db, "suspended = 1");
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("INSERT INTO telemetry_series (id, device_id, channel, metric) SELECT "
                        + "(SELECT COALESCE(MAX(id), 0) FROM telemetry_series) + d.rowid, d.id, 'switch:0', 'power' FROM devices d");
                rows = statement.executeUpdate("WITH RECURSIVE hours(hour) AS (SELECT 0 UNION ALL SELECT hour + 1 FROM hours "
                        + "WHERE hour < " + (HOURS - 1) + ") "
                        + "INSERT INTO telemetry_buckets (series_id, resolution, bucket, min_value, max_value, sum_value, samples) "
                        + "SELECT s.id, 3600, " + first + " + h.hour * 3600000, " + watts(0.8) + ", "
                        + watts(1.2) + ", " + watts(120) + ", 120 FROM devices d JOIN telemetry_series s ON s.device_id = d.id "
                        + "AND s.channel = 'switch:0' AND s.metric = 'power' CROSS JOIN hours h ORDER BY s.id, h.hour");
            }
            db.commit();
            tracking(db, "suspended = 0, lineage = NULL");
            db.setAutoCommit(true);
            journalMode(db, journal);
        }
        return new Written(rows, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Sets the journal mode (no journal for the load; the server's own mode again afterwards), answers the one before. */
    private static String journalMode(Connection db, String mode) throws SQLException {
        try (Statement statement = db.createStatement()) {
            String before;
            try (ResultSet rs = statement.executeQuery("PRAGMA journal_mode")) {
                before = rs.next() ? rs.getString(1) : "wal";
            }
            statement.execute("PRAGMA journal_mode = " + mode);
            statement.execute("PRAGMA synchronous = " + (mode.equals("OFF") ? "OFF" : "NORMAL"));
            return before;
        }
    }

    /** A device's power in an hour (20 W and up, by hour of day and device), times {@code factor}. */
    private static String watts(double factor) {
        return "(20.0 + (h.hour % 24) * 3 + d.rowid % 16) * " + factor;
    }

    private static void tracking(Connection db, String assignments) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("UPDATE backup_tracking SET " + assignments + " WHERE id = 1");
        }
        db.commit();
    }
}

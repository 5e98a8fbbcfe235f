package org.shellymanager.bench.harness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a year of hourly history (one hourly aggregate of power per device and hour, as the server's downsampling
 * leaves it) straight into a manager's SQLite database (the manager stopped), in batches of 10,000 rows per
 * transaction. The time it takes is the database's raw insert rate on this machine: the storage limit the manager's
 * own history writes are measured against. Change tracking for incremental backups is suspended while it writes,
 * and its lineage cleared, so the manager starts a new one and the history is not recorded row by row.
 */
public final class HistoryDatabase {

    private static final int BATCH = 10_000;
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
        long rows = 0;
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            tracking(db, "suspended = 1");
            List<String> ids = deviceIds(db);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO telemetry_aggregates (device_id, channel, metric, "
                    + "resolution, bucket, min_value, max_value, sum_value, samples) VALUES (?, 'switch:0', 'power', 3600, ?, ?, ?, ?, 120)")) {
                for (String id : ids) {
                    for (int hour = 0; hour < HOURS; hour++) {
                        double watts = 20 + (hour % 24) * 3 + (id.hashCode() & 15);
                        insert.setString(1, id);
                        insert.setLong(2, first + hour * 3_600_000L);
                        insert.setDouble(3, watts * 0.8);
                        insert.setDouble(4, watts * 1.2);
                        insert.setDouble(5, watts * 120);
                        insert.addBatch();
                        if (++rows % BATCH == 0) {
                            insert.executeBatch();
                            db.commit();
                        }
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            tracking(db, "suspended = 0, lineage = NULL");
        }
        return new Written(rows, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void tracking(Connection db, String assignments) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("UPDATE backup_tracking SET " + assignments + " WHERE id = 1");
        }
        db.commit();
    }

    private static List<String> deviceIds(Connection db) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SELECT id FROM devices")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}

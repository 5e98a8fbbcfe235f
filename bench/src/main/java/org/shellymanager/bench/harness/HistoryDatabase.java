package org.shellymanager.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
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
import java.util.stream.IntStream;

import org.shellymanager.manager.telemetry.HourBlock;

/**
 * Writes a year of hourly history (one power series per device, as the server's downsampling leaves it: one row of
 * {@code telemetry_hour_days} per series and UTC day, holding that day's hourly buckets in the server's own block
 * format, {@link HourBlock}) straight into a manager's SQLite database (the manager stopped), in key order, in JDBC
 * batches. The rows have the shape the server's migrations create. Change tracking for incremental backups is
 * suspended while it writes, and its lineage cleared, so the manager starts a new one and the history is not recorded
 * row by row.
 */
public final class HistoryDatabase {

    private static final int HOURS = 365 * 24;
    private static final int BATCH = 10_000;

    /** An hour's bucket for each whole-watt level the fleet's power takes ({@link #block}), made once. */
    private static final HourBlock.Bucket[] HOURS_AT = IntStream.range(0, 23 * 3 + 16)
            .mapToObj(level -> hourOf(20.0 + level)).toArray(HourBlock.Bucket[]::new);

    private HistoryDatabase() {
    }

    /** Day blocks written, the hourly buckets they hold, the database file's size after, and how long it took. */
    public record Written(long rows, long buckets, long databaseBytes, Duration took) {

        public double rowsPerSecond() {
            return rows / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    public static Written fillYear(Path dataDir) throws SQLException, IOException {
        Path file = dataDir.resolve("shelly-manager.db");
        long end = Instant.now().truncatedTo(ChronoUnit.HOURS).toEpochMilli();
        long first = end - HOURS * HourBlock.HOUR_MILLIS;
        long started = System.nanoTime();
        long rows = 0;
        long series = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            String journal = journalMode(db, "OFF");
            db.setAutoCommit(false);
            tracking(db, "suspended = 1");
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("INSERT INTO telemetry_series (id, device_id, channel, metric) SELECT "
                        + "(SELECT COALESCE(MAX(id), 0) FROM telemetry_series) + d.rowid, d.id, 'switch:0', 'power' FROM devices d");
            }
            try (Statement statement = db.createStatement();
                 ResultSet power = statement.executeQuery("SELECT s.id, d.rowid FROM devices d JOIN telemetry_series s "
                         + "ON s.device_id = d.id AND s.channel = 'switch:0' AND s.metric = 'power' ORDER BY s.id");
                 PreparedStatement insert = db.prepareStatement(
                         "INSERT INTO telemetry_hour_days (series_id, day, block) VALUES (?, ?, ?)")) {
                while (power.next()) {
                    series++;
                    for (long day = HourBlock.dayOf(first); day < end; day += HourBlock.DAY_MILLIS) {
                        insert.setInt(1, power.getInt(1));
                        insert.setLong(2, day);
                        insert.setBytes(3, block(day, first, end, power.getLong(2)).encode());
                        insert.addBatch();
                        if (++rows % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            tracking(db, "suspended = 0, lineage = NULL");
            db.setAutoCommit(true);
            journalMode(db, journal);
        }
        return new Written(rows, series * HOURS, Files.size(file), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The hours of {@code day} within {@code [first, end)}: a device's power (20 W and up, by hour of day and device). */
    private static HourBlock block(long day, long first, long end, long device) {
        HourBlock block = HourBlock.empty();
        for (int h = 0; h < HourBlock.HOURS; h++) {
            long at = day + h * HourBlock.HOUR_MILLIS;
            if (at >= first && at < end) {
                block = block.with(h, HOURS_AT[(int) (h * 3 + device % 16)]);
            }
        }
        return block;
    }

    /**
     * An hour of 120 readings around {@code watts}, each with one decimal as a device reports it (the double nearest
     * the decimal, as JSON parsing gives it), summed one after the other as the server's downsampling sums them, so
     * the sum carries the same binary rounding as a real one.
     */
    private static HourBlock.Bucket hourOf(double watts) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double sum = 0;
        for (int i = 0; i < 120; i++) {
            double reading = Math.round((watts * 0.8 + watts * 0.4 * ((i * 37) % 120) / 119.0) * 10) / 10.0;
            min = Math.min(min, reading);
            max = Math.max(max, reading);
            sum += reading;
        }
        return new HourBlock.Bucket(min, max, sum, 120);
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

    private static void tracking(Connection db, String assignments) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("UPDATE backup_tracking SET " + assignments + " WHERE id = 1");
        }
        db.commit();
    }
}

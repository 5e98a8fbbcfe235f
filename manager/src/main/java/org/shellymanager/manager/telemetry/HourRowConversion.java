package org.shellymanager.manager.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Moves hourly buckets stored as rows of {@code telemetry_buckets} (resolution 3600: databases and archives from
 * before schema version 24) into the day blocks of {@code telemetry_hour_days}, {@value #SERIES_PER_BATCH} series at
 * a time: a batch sets its rows into the blocks and deletes them, so a batch committed is done and a stopped
 * conversion resumes with the series that still have rows.
 */
public final class HourRowConversion {

    static final int SERIES_PER_BATCH = 20;

    private HourRowConversion() {
    }

    /** Converts every hourly row inside the caller's transaction (a restore). */
    public static void convertAll(Connection connection) throws SQLException {
        List<Integer> series = pending(connection);
        for (int i = 0; i < series.size(); i += SERIES_PER_BATCH) {
            convert(connection, series.subList(i, Math.min(series.size(), i + SERIES_PER_BATCH)));
        }
    }

    /** The series that have hourly rows: one seek into the buckets' key per series, no scan of the buckets. */
    static List<Integer> pending(Connection connection) throws SQLException {
        List<Integer> series = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT s.id FROM telemetry_series s WHERE EXISTS (SELECT 1 FROM "
                     + "telemetry_buckets b WHERE b.series_id = s.id AND b.resolution = 3600) ORDER BY s.id")) {
            while (rs.next()) {
                series.add(rs.getInt(1));
            }
        }
        return series;
    }

    /** Converts the hourly rows of {@code series} (one batch); returns the rows converted. */
    static int convert(Connection connection, List<Integer> series) throws SQLException {
        String in = "series_id IN (" + String.join(", ", Collections.nCopies(series.size(), "?")) + ") AND resolution = 3600";
        List<HourDays.HourBucket> buckets = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, "SELECT series_id, bucket, min_value, max_value, sum_value, "
                + "samples FROM telemetry_buckets WHERE " + in, series); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                buckets.add(new HourDays.HourBucket(rs.getInt(1), rs.getLong(2), bucket(rs)));
            }
        }
        HourDays.merge(connection, buckets);
        try (PreparedStatement delete = prepare(connection, "DELETE FROM telemetry_buckets WHERE " + in, series)) {
            delete.executeUpdate();
        }
        return buckets.size();
    }

    private static HourBlock.Bucket bucket(ResultSet rs) throws SQLException {
        try {
            return new HourBlock.Bucket(rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getInt(6));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The hourly bucket of series " + rs.getInt(1) + " at " + rs.getLong(2)
                    + " cannot be converted: it is " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Integer> series) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < series.size(); i++) {
            statement.setInt(i + 1, series.get(i));
        }
        return statement;
    }
}

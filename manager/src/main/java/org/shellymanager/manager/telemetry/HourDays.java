package org.shellymanager.manager.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes hourly buckets into the day blocks of {@code telemetry_hour_days}, on a connection whose transaction the
 * caller holds: the blocks concerned are read in one query per {@value #CHUNK} series, each bucket is set as its hour
 * of its block, and the blocks are written back in two batches (updates, then new blocks). Setting an hour is
 * idempotent: writing the same buckets twice leaves the same blocks.
 */
final class HourDays {

    private static final int CHUNK = 500;
    private static final int BATCH = 1000;

    private HourDays() {
    }

    /** An hourly bucket of a series; {@code hour} is the epoch milliseconds of its start. */
    record HourBucket(int seriesId, long hour, HourBlock.Bucket bucket) {
    }

    private record Day(int seriesId, long day) {
    }

    /** Sets every bucket into its day block. */
    static void merge(Connection connection, List<HourBucket> buckets) throws SQLException {
        if (buckets.isEmpty()) {
            return;
        }
        Map<Integer, List<HourBucket>> bySeries = new LinkedHashMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (HourBucket b : buckets) {
            bySeries.computeIfAbsent(b.seriesId(), id -> new ArrayList<>()).add(b);
            first = Math.min(first, HourBlock.dayOf(b.hour()));
            last = Math.max(last, HourBlock.dayOf(b.hour()));
        }
        Map<Day, HourBlock> stored = new HashMap<>();
        List<Integer> series = new ArrayList<>(bySeries.keySet());
        for (int i = 0; i < series.size(); i += CHUNK) {
            List<Integer> ids = series.subList(i, Math.min(series.size(), i + CHUNK));
            try (PreparedStatement select = connection.prepareStatement("SELECT series_id, day, block FROM "
                    + "telemetry_hour_days WHERE series_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                    + ") AND day >= ? AND day <= ?")) {
                int p = 1;
                for (int id : ids) {
                    select.setInt(p++, id);
                }
                select.setLong(p++, first);
                select.setLong(p, last);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Day day = new Day(rs.getInt(1), rs.getLong(2));
                        stored.put(day, HourBlock.decode(rs.getBytes(3), day.seriesId(), day.day()));
                    }
                }
            }
        }
        Map<Day, HourBlock> changed = new LinkedHashMap<>();
        for (HourBucket b : buckets) {
            Day day = new Day(b.seriesId(), HourBlock.dayOf(b.hour()));
            HourBlock block = changed.getOrDefault(day, stored.getOrDefault(day, HourBlock.empty()));
            changed.put(day, block.with((int) ((b.hour() - day.day()) / HourBlock.HOUR_MILLIS), b.bucket()));
        }
        write(connection, "UPDATE telemetry_hour_days SET block = ? WHERE series_id = ? AND day = ?", changed, stored, true);
        write(connection, "INSERT INTO telemetry_hour_days (block, series_id, day) VALUES (?, ?, ?)", changed, stored, false);
    }

    private static void write(Connection connection, String sql, Map<Day, HourBlock> changed, Map<Day, HourBlock> stored,
                              boolean existing) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Map.Entry<Day, HourBlock> e : changed.entrySet()) {
                if (stored.containsKey(e.getKey()) == existing) {
                    statement.setBytes(1, e.getValue().encode());
                    statement.setInt(2, e.getKey().seriesId());
                    statement.setLong(3, e.getKey().day());
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }
}

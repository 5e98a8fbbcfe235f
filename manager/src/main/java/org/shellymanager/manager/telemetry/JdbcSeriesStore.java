package org.shellymanager.manager.telemetry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes raw points ({@code telemetry_points}) and closed 5-minute buckets ({@code telemetry_buckets}) in one
 * transaction, numbering series ({@code telemetry_series}) on first sight. The numbers are kept in memory; the row
 * count and highest number of {@code telemetry_series} are checked on every write, so a restore or a forgotten
 * device (whose series go with it) makes them read again.
 */
@Repository
class JdbcSeriesStore {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private Map<SeriesKey, Integer> ids;
    private long count;
    private int highest;

    JdbcSeriesStore(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
    }

    /** Writes points and buckets; rows of devices forgotten meanwhile are dropped, and their ids returned. */
    synchronized Set<String> write(List<SeriesRecorder.Point> points, List<SeriesRecorder.Bucket> buckets) {
        if (points.isEmpty() && buckets.isEmpty()) {
            return Set.of();
        }
        try {
            return transactions.execute(tx -> {
                Set<String> gone = number(Stream.concat(points.stream().map(SeriesRecorder.Point::series),
                        buckets.stream().map(SeriesRecorder.Bucket::series)).distinct().toList());
                insertPoints(points.stream().filter(p -> ids.containsKey(p.series())).toList());
                insertBuckets(buckets.stream().filter(b -> ids.containsKey(b.series())).toList());
                return gone;
            });
        } catch (RuntimeException e) {
            ids = null;
            throw e;
        }
    }

    /** Numbers the series not numbered yet; returns the devices of those that no longer exist. */
    private Set<String> number(List<SeriesKey> keys) {
        List<Number> now = jdbc.sql("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM telemetry_series")
                .query((rs, row) -> List.<Number>of(rs.getLong(1), rs.getInt(2))).single();
        if (ids == null || now.get(0).longValue() != count || now.get(1).intValue() != highest) {
            ids = new HashMap<>();
            jdbc.sql("SELECT id, device_id, channel, metric FROM telemetry_series").query(rs -> {
                ids.put(new SeriesKey(rs.getString(2), rs.getString(3), Metric.ofKey(rs.getString(4))), rs.getInt(1));
            });
            count = now.get(0).longValue();
            highest = now.get(1).intValue();
        }
        List<SeriesKey> missing = keys.stream().filter(k -> !ids.containsKey(k)).toList();
        if (missing.isEmpty()) {
            return Set.of();
        }
        Set<String> existing = new HashSet<>();
        List<String> devices = missing.stream().map(SeriesKey::deviceId).distinct().toList();
        for (int i = 0; i < devices.size(); i += CHUNK) {
            existing.addAll(jdbc.sql("SELECT id FROM devices WHERE id IN (:ids)")
                    .param("ids", devices.subList(i, Math.min(devices.size(), i + CHUNK))).query(String.class).list());
        }
        List<SeriesKey> added = missing.stream().filter(k -> existing.contains(k.deviceId())).toList();
        template.batchUpdate("INSERT INTO telemetry_series (id, device_id, channel, metric) VALUES (?, ?, ?, ?)", added,
                1000, (ps, key) -> {
                    ps.setInt(1, ++highest);
                    ps.setString(2, key.deviceId());
                    ps.setString(3, key.channel());
                    ps.setString(4, key.metric().key());
                    ids.put(key, highest);
                });
        count += added.size();
        Set<String> gone = new HashSet<>(devices);
        gone.removeAll(existing);
        return gone;
    }

    private void insertPoints(List<SeriesRecorder.Point> points) {
        template.batchUpdate("INSERT INTO telemetry_points (series_id, ts, reading) VALUES (?, ?, ?)", points, 1000,
                (ps, p) -> {
                    ps.setInt(1, ids.get(p.series()));
                    ps.setLong(2, p.ts());
                    ps.setDouble(3, p.reading());
                });
    }

    /** Adds buckets; the first of a series since the start is added to what a previous run wrote of it. */
    private void insertBuckets(List<SeriesRecorder.Bucket> buckets) {
        List<SeriesRecorder.Bucket> rows = new ArrayList<>();
        for (SeriesRecorder.Bucket b : buckets) {
            int id = ids.get(b.series());
            List<SeriesRecorder.Bucket> stored = b.merge() ? jdbc.sql("SELECT min_value, max_value, sum_value, samples "
                            + "FROM telemetry_buckets WHERE series_id = ? AND resolution = 300 AND bucket = ?")
                    .params(id, b.start()).query((rs, row) -> new SeriesRecorder.Bucket(b.series(), b.start(),
                            Math.min(b.min(), rs.getDouble(1)), Math.max(b.max(), rs.getDouble(2)),
                            b.sum() + rs.getDouble(3), b.samples() + rs.getInt(4), false)).list() : List.of();
            if (stored.isEmpty()) {
                rows.add(b);
            } else {
                jdbc.sql("DELETE FROM telemetry_buckets WHERE series_id = ? AND resolution = 300 AND bucket = ?")
                        .params(id, b.start()).update();
                rows.add(stored.getFirst());
            }
        }
        template.batchUpdate("INSERT INTO telemetry_buckets (series_id, resolution, bucket, min_value, max_value, "
                + "sum_value, samples) VALUES (?, 300, ?, ?, ?, ?, ?)", rows, 1000, (ps, b) -> {
                    ps.setInt(1, ids.get(b.series()));
                    ps.setLong(2, b.start());
                    ps.setDouble(3, b.min());
                    ps.setDouble(4, b.max());
                    ps.setDouble(5, b.sum());
                    ps.setInt(6, b.samples());
                });
    }
}

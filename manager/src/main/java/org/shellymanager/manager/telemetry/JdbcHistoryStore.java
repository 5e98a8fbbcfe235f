package org.shellymanager.manager.telemetry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads history and computes aggregates, in SQL that SQLite, PostgreSQL and MariaDB all run; hourly history is in
 * day blocks ({@link JdbcHourDays}). Points, buckets and blocks are found through their series (the primary keys start with it): a query over the whole fleet joins from
 * {@code telemetry_series} with {@code CROSS JOIN}, which SQLite takes as "this table first" (so it seeks each
 * series' range instead of scanning every point) and the others plan as an ordinary join.
 */
@Repository
class JdbcHistoryStore {

    private static final int SERIES_CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcHourDays hours;

    JdbcHistoryStore(JdbcClient jdbc, JdbcHourDays hours) {
        this.jdbc = jdbc;
        this.hours = hours;
    }

    /**
     * Adds the 5-minute bucket {@code [start, start + 5 min)} from the raw points stored in it, for every series that
     * has points there but no bucket (the writer's bucket was lost in a crash); returns the rows added.
     */
    int fillFiveMinutes(Instant start) {
        long from = start.toEpochMilli();
        return jdbc.sql("INSERT INTO telemetry_buckets (series_id, resolution, bucket, min_value, max_value, sum_value, "
                        + "samples) SELECT s.id, 300, :bucket, MIN(p.reading), MAX(p.reading), SUM(p.reading), "
                        + "COUNT(*) FROM telemetry_series s CROSS JOIN telemetry_points p WHERE p.series_id = s.id "
                        + "AND p.ts >= :from AND p.ts < :to AND NOT EXISTS (SELECT 1 FROM telemetry_buckets a "
                        + "WHERE a.series_id = s.id AND a.resolution = 300 AND a.bucket = :bucket) GROUP BY s.id")
                .param("bucket", from).param("from", from).param("to", from + 300_000L).update();
    }

    /**
     * Aggregates the 5-minute buckets of {@code [start, start + 1 h)} into the hour of each series' day block;
     * returns the hourly buckets made.
     */
    int aggregateHour(Instant start) {
        long from = start.toEpochMilli();
        List<HourDays.HourBucket> buckets = jdbc.sql("SELECT s.id, MIN(a.min_value), MAX(a.max_value), SUM(a.sum_value), "
                        + "SUM(a.samples) FROM telemetry_series s CROSS JOIN telemetry_buckets a WHERE a.series_id = s.id "
                        + "AND a.resolution = 300 AND a.bucket >= :from AND a.bucket < :to GROUP BY s.id")
                .param("from", from).param("to", from + HourBlock.HOUR_MILLIS)
                .query((rs, row) -> new HourDays.HourBucket(rs.getInt(1), from, new HourBlock.Bucket(rs.getDouble(2),
                        rs.getDouble(3), rs.getDouble(4), rs.getInt(5)))).list();
        hours.merge(buckets);
        return buckets.size();
    }

    /** Where maintenance of a resolution has got: every bucket before it is complete; empty before the first run. */
    Optional<Instant> doneUntil(Resolution resolution) {
        return jdbc.sql("SELECT done_until FROM telemetry_rollup WHERE resolution = ?").param(resolution.seconds())
                .query(Long.class).optional().filter(done -> done > 0).map(Instant::ofEpochMilli);
    }

    void doneUntil(Resolution resolution, Instant until) {
        if (jdbc.sql("UPDATE telemetry_rollup SET done_until = ? WHERE resolution = ?")
                .params(until.toEpochMilli(), resolution.seconds()).update() == 0) {
            jdbc.sql("INSERT INTO telemetry_rollup (resolution, done_until) VALUES (?, ?)")
                    .params(resolution.seconds(), until.toEpochMilli()).update();
        }
    }

    /** The time of the oldest raw point, if any (a scan, made only before maintenance has first run). */
    Optional<Instant> firstPoint() {
        return jdbc.sql("SELECT MIN(ts) FROM telemetry_points").query(Long.class).list().stream()
                .filter(Objects::nonNull).findFirst().map(Instant::ofEpochMilli);
    }

    /**
     * Deletes raw points, 5-minute buckets and the days of hourly buckets each before their own cutoff (a day when it
     * ends by the hourly cutoff), a few hundred series at a time, so that each delete is a range of the primary key;
     * returns the points, and the buckets and day blocks, deleted.
     */
    int[] deleteBefore(Instant rawCutoff, Instant fiveMinuteCutoff, Instant hourCutoff) {
        List<Integer> series = jdbc.sql("SELECT id FROM telemetry_series ORDER BY id").query(Integer.class).list();
        int[] deleted = new int[2];
        for (int i = 0; i < series.size(); i += SERIES_CHUNK) {
            List<Integer> ids = series.subList(i, Math.min(series.size(), i + SERIES_CHUNK));
            deleted[0] += jdbc.sql("DELETE FROM telemetry_points WHERE series_id IN (:ids) AND ts < :cutoff")
                    .param("ids", ids).param("cutoff", rawCutoff.toEpochMilli()).update();
            deleted[1] += jdbc.sql("DELETE FROM telemetry_buckets WHERE series_id IN (:ids) AND resolution = 300 "
                            + "AND bucket < :cutoff").param("ids", ids).param("cutoff", fiveMinuteCutoff.toEpochMilli()).update()
                    + hours.deleteBefore(ids, hourCutoff);
        }
        return deleted;
    }

    int deleteEventsBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM telemetry_events WHERE ts < ?").param(cutoff.toEpochMilli()).update();
    }

    /** A device's input events in {@code [from, to)}, optionally of one channel, oldest first, at most {@code limit}. */
    List<InputEvent> events(String deviceId, String channel, Instant from, Instant to, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("device", deviceId, "from", from.toEpochMilli(),
                "to", to.toEpochMilli(), "limit", limit));
        if (channel != null) {
            params.put("channel", channel);
        }
        return jdbc.sql("SELECT device_id, channel, ts, event, event_count FROM telemetry_events WHERE device_id = :device "
                        + "AND ts >= :from AND ts < :to" + (channel == null ? "" : " AND channel = :channel")
                        + " ORDER BY ts, channel LIMIT :limit")
                .params(params).query((rs, row) -> {
                    int stored = rs.getInt("event_count");
                    Integer count = rs.wasNull() ? null : stored;
                    return new InputEvent(rs.getString("device_id"), Instant.ofEpochMilli(rs.getLong("ts")),
                            rs.getString("channel"), rs.getString("event"), count);
                }).list();
    }

    /** A device's series in {@code [from, to)}, optionally of one channel and one metric, oldest first. */
    List<HistoryPoint> series(String deviceId, String channel, String metric, Instant from, Instant to,
                              Resolution resolution, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("device", deviceId, "from", from.toEpochMilli(),
                "to", to.toEpochMilli(), "limit", limit));
        String filter = "";
        if (channel != null) {
            filter += " AND s.channel = :channel";
            params.put("channel", channel);
        }
        if (metric != null) {
            filter += " AND s.metric = :metric";
            params.put("metric", metric);
        }
        if (resolution == Resolution.RAW) {
            return jdbc.sql("SELECT s.channel, s.metric, p.ts, p.reading FROM telemetry_series s JOIN telemetry_points p "
                            + "ON p.series_id = s.id WHERE s.device_id = :device AND p.ts >= :from AND p.ts < :to" + filter
                            + " ORDER BY p.ts, s.channel, s.metric LIMIT :limit")
                    .params(params).query((rs, row) -> {
                        double v = rs.getDouble("reading");
                        return new HistoryPoint(rs.getString("channel"), rs.getString("metric"),
                                Instant.ofEpochMilli(rs.getLong("ts")), v, v, v, v, 1);
                    }).list();
        }
        if (resolution == Resolution.HOUR) {
            return hours.series(filter, params, from, to, limit);
        }
        return jdbc.sql("SELECT s.channel, s.metric, a.bucket, a.min_value, a.max_value, a.sum_value, a.samples "
                        + "FROM telemetry_series s JOIN telemetry_buckets a ON a.series_id = s.id WHERE s.device_id = :device "
                        + "AND a.resolution = 300 AND a.bucket >= :from AND a.bucket < :to" + filter
                        + " ORDER BY a.bucket, s.channel, s.metric LIMIT :limit")
                .params(params).query((rs, row) -> {
                    int samples = rs.getInt("samples");
                    double sum = rs.getDouble("sum_value");
                    return new HistoryPoint(rs.getString("channel"), rs.getString("metric"),
                            Instant.ofEpochMilli(rs.getLong("bucket")), rs.getDouble("min_value"),
                            rs.getDouble("max_value"), sum / samples, sum, samples);
                }).list();
    }

    /**
     * Energy used per device and hour in {@code [from, to)}: hourly buckets where they exist (before
     * {@code hourlyUntil}), raw points after that. Each row is a device id, an instant and Wh.
     */
    List<EnergyRow> energy(List<String> deviceIds, Instant from, Instant to, Instant hourlyUntil) {
        if (deviceIds.isEmpty()) {
            return List.of();
        }
        long split = Math.max(from.toEpochMilli(), Math.min(to.toEpochMilli(), hourlyUntil.toEpochMilli()));
        List<EnergyRow> rows = new ArrayList<>(hours.energy(deviceIds, from, Instant.ofEpochMilli(split)));
        rows.addAll(jdbc.sql("SELECT s.device_id, p.ts, SUM(p.reading) AS wh FROM telemetry_series s JOIN telemetry_points p "
                        + "ON p.series_id = s.id WHERE s.metric = 'energy' AND s.device_id IN (:ids) AND p.ts >= :from "
                        + "AND p.ts < :to GROUP BY s.device_id, p.ts")
                .param("ids", deviceIds).param("from", split).param("to", to.toEpochMilli())
                .query((rs, row) -> new EnergyRow(rs.getString("device_id"), Instant.ofEpochMilli(rs.getLong("ts")),
                        rs.getDouble("wh"))).list());
        return rows;
    }

    /**
     * Energy used by the whole fleet in {@code [from, to)}, per hourly bucket (before {@code hourlyUntil})
     * and per raw point time (after it), each an instant and Wh.
     */
    List<EnergyRow> fleetEnergy(Instant from, Instant to, Instant hourlyUntil) {
        long split = Math.max(from.toEpochMilli(), Math.min(to.toEpochMilli(), hourlyUntil.toEpochMilli()));
        List<EnergyRow> rows = new ArrayList<>(hours.fleetEnergy(from, Instant.ofEpochMilli(split)));
        rows.addAll(jdbc.sql("SELECT p.ts, SUM(p.reading) AS wh FROM telemetry_series s CROSS JOIN telemetry_points p "
                        + "WHERE p.series_id = s.id AND s.metric = 'energy' AND p.ts >= ? AND p.ts < ? GROUP BY p.ts")
                .params(split, to.toEpochMilli())
                .query((rs, row) -> new EnergyRow(null, Instant.ofEpochMilli(rs.getLong("ts")), rs.getDouble("wh")))
                .list());
        return rows;
    }

    /** Energy used: by a device (null for the whole fleet) in the hour or at the sample time {@code at}, Wh. */
    record EnergyRow(String deviceId, Instant at, double wh) {
    }
}

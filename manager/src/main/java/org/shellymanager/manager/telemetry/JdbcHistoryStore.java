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

/** Reads history and computes aggregates, in SQL that SQLite, PostgreSQL and MariaDB all run. */
@Repository
class JdbcHistoryStore {

    private final JdbcClient jdbc;

    JdbcHistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Aggregates raw samples in {@code [start, start + 5 min)} into one 5-minute bucket; returns the rows added. */
    int aggregateFiveMinutes(Instant start) {
        long from = start.toEpochMilli();
        return jdbc.sql("INSERT INTO telemetry_aggregates (device_id, channel, metric, resolution, bucket, min_value, "
                        + "max_value, sum_value, samples) SELECT device_id, channel, metric, 300, :bucket, MIN(reading), "
                        + "MAX(reading), SUM(reading), COUNT(*) FROM telemetry_samples WHERE ts >= :from AND ts < :to "
                        + "GROUP BY device_id, channel, metric")
                .param("bucket", from).param("from", from).param("to", from + 300_000L).update();
    }

    /** Aggregates the 5-minute buckets of {@code [start, start + 1 h)} into one hourly bucket. */
    int aggregateHour(Instant start) {
        long from = start.toEpochMilli();
        return jdbc.sql("INSERT INTO telemetry_aggregates (device_id, channel, metric, resolution, bucket, min_value, "
                        + "max_value, sum_value, samples) SELECT device_id, channel, metric, 3600, :bucket, MIN(min_value), "
                        + "MAX(max_value), SUM(sum_value), SUM(samples) FROM telemetry_aggregates WHERE resolution = 300 "
                        + "AND bucket >= :from AND bucket < :to GROUP BY device_id, channel, metric")
                .param("bucket", from).param("from", from).param("to", from + 3_600_000L).update();
    }

    /** The start of the newest bucket of a resolution, if any. */
    Optional<Instant> lastBucket(Resolution resolution) {
        return first(jdbc.sql("SELECT MAX(bucket) FROM telemetry_aggregates WHERE resolution = ?")
                .param(resolution.seconds()).query(Long.class).list());
    }

    Optional<Instant> firstSample() {
        return first(jdbc.sql("SELECT MIN(ts) FROM telemetry_samples").query(Long.class).list());
    }

    /** The value of a one-row aggregate query, which is NULL on an empty table. */
    private static Optional<Instant> first(List<Long> values) {
        return values.stream().filter(Objects::nonNull).findFirst().map(Instant::ofEpochMilli);
    }

    int deleteSamplesBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM telemetry_samples WHERE ts < ?").param(cutoff.toEpochMilli()).update();
    }

    int deleteAggregatesBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM telemetry_aggregates WHERE bucket < ?").param(cutoff.toEpochMilli()).update();
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
            filter += " AND channel = :channel";
            params.put("channel", channel);
        }
        if (metric != null) {
            filter += " AND metric = :metric";
            params.put("metric", metric);
        }
        if (resolution == Resolution.RAW) {
            return jdbc.sql("SELECT channel, metric, ts, reading FROM telemetry_samples WHERE device_id = :device "
                            + "AND ts >= :from AND ts < :to" + filter + " ORDER BY ts, channel, metric LIMIT :limit")
                    .params(params).query((rs, row) -> {
                        double v = rs.getDouble("reading");
                        return new HistoryPoint(rs.getString("channel"), rs.getString("metric"),
                                Instant.ofEpochMilli(rs.getLong("ts")), v, v, v, v, 1);
                    }).list();
        }
        params.put("resolution", resolution.seconds());
        return jdbc.sql("SELECT channel, metric, bucket, min_value, max_value, sum_value, samples FROM telemetry_aggregates "
                        + "WHERE device_id = :device AND resolution = :resolution AND bucket >= :from AND bucket < :to"
                        + filter + " ORDER BY bucket, channel, metric LIMIT :limit")
                .params(params).query((rs, row) -> {
                    int samples = rs.getInt("samples");
                    double sum = rs.getDouble("sum_value");
                    return new HistoryPoint(rs.getString("channel"), rs.getString("metric"),
                            Instant.ofEpochMilli(rs.getLong("bucket")), rs.getDouble("min_value"),
                            rs.getDouble("max_value"), sum / samples, sum, samples);
                }).list();
    }

    /**
     * Energy used per device and hour in {@code [from, to)}: hourly aggregates where they exist (before
     * {@code hourlyUntil}), raw samples after that. Each row is a device id, an instant and Wh.
     */
    List<EnergyRow> energy(List<String> deviceIds, Instant from, Instant to, Instant hourlyUntil) {
        if (deviceIds.isEmpty()) {
            return List.of();
        }
        long split = Math.max(from.toEpochMilli(), Math.min(to.toEpochMilli(), hourlyUntil.toEpochMilli()));
        List<EnergyRow> rows = new ArrayList<>(jdbc.sql("SELECT device_id, bucket, SUM(sum_value) AS wh FROM "
                        + "telemetry_aggregates WHERE resolution = 3600 AND metric = 'energy' AND device_id IN (:ids) "
                        + "AND bucket >= :from AND bucket < :to GROUP BY device_id, bucket")
                .param("ids", deviceIds).param("from", from.toEpochMilli()).param("to", split)
                .query((rs, row) -> new EnergyRow(rs.getString("device_id"), Instant.ofEpochMilli(rs.getLong("bucket")),
                        rs.getDouble("wh"))).list());
        rows.addAll(jdbc.sql("SELECT device_id, ts, SUM(reading) AS wh FROM telemetry_samples WHERE metric = 'energy' "
                        + "AND device_id IN (:ids) AND ts >= :from AND ts < :to GROUP BY device_id, ts")
                .param("ids", deviceIds).param("from", split).param("to", to.toEpochMilli())
                .query((rs, row) -> new EnergyRow(rs.getString("device_id"), Instant.ofEpochMilli(rs.getLong("ts")),
                        rs.getDouble("wh"))).list());
        return rows;
    }

    /**
     * Energy used by the whole fleet in {@code [from, to)}, per hourly aggregate bucket (before {@code hourlyUntil})
     * and per raw sample time (after it), each an instant and Wh.
     */
    List<EnergyRow> fleetEnergy(Instant from, Instant to, Instant hourlyUntil) {
        long split = Math.max(from.toEpochMilli(), Math.min(to.toEpochMilli(), hourlyUntil.toEpochMilli()));
        List<EnergyRow> rows = new ArrayList<>(jdbc.sql("SELECT bucket, SUM(sum_value) AS wh FROM telemetry_aggregates "
                        + "WHERE resolution = 3600 AND metric = 'energy' AND bucket >= ? AND bucket < ? GROUP BY bucket")
                .params(from.toEpochMilli(), split)
                .query((rs, row) -> new EnergyRow(null, Instant.ofEpochMilli(rs.getLong("bucket")), rs.getDouble("wh")))
                .list());
        rows.addAll(jdbc.sql("SELECT ts, SUM(reading) AS wh FROM telemetry_samples WHERE metric = 'energy' "
                        + "AND ts >= ? AND ts < ? GROUP BY ts")
                .params(split, to.toEpochMilli())
                .query((rs, row) -> new EnergyRow(null, Instant.ofEpochMilli(rs.getLong("ts")), rs.getDouble("wh")))
                .list());
        return rows;
    }

    /** Energy used: by a device (null for the whole fleet) in the hour or at the sample time {@code at}, Wh. */
    record EnergyRow(String deviceId, Instant at, double wh) {
    }
}

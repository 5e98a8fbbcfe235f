package org.shellymanager.manager.telemetry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hourly history, stored as one row of {@code telemetry_hour_days} per series and UTC day holding that day's hourly
 * buckets ({@link HourBlock}): writing the hourly rollup into the blocks, reading charts and energy from them, and
 * retention by whole days. Queries start from the series, as the blocks' primary key does.
 */
@Repository
class JdbcHourDays {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcHourDays(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Sets each bucket as its hour of its series' day block, in the caller's transaction. */
    void merge(List<HourDays.HourBucket> buckets) {
        template.execute((ConnectionCallback<Void>) c -> {
            HourDays.merge(c, buckets);
            return null;
        });
    }

    /** The series that still have hourly rows of {@code telemetry_buckets} to convert into blocks. */
    List<Integer> unconverted() {
        return template.execute((ConnectionCallback<List<Integer>>) HourRowConversion::pending);
    }

    /** Converts the hourly rows of {@code series} into blocks, in the caller's transaction; returns the rows. */
    int convert(List<Integer> series) {
        return template.execute((ConnectionCallback<Integer>) c -> HourRowConversion.convert(c, series));
    }

    /** A device's hourly buckets in {@code [from, to)}, with {@code filter} on the series, oldest first. */
    List<HistoryPoint> series(String filter, Map<String, Object> params, Instant from, Instant to, int limit) {
        List<HistoryPoint> points = new ArrayList<>();
        eachHour("SELECT s.channel, s.metric, d.series_id, d.day, d.block FROM telemetry_series s JOIN telemetry_hour_days d "
                        + "ON d.series_id = s.id WHERE s.device_id = :device AND d.day >= :fromDay AND d.day < :to" + filter,
                params, from, to, (rs, at, b) -> points.add(new HistoryPoint(rs.getString("channel"), rs.getString("metric"),
                        Instant.ofEpochMilli(at), b.min(), b.max(), b.sum() / b.samples(), b.sum(), b.samples())));
        return points.stream().sorted(Comparator.comparing(HistoryPoint::at).thenComparing(HistoryPoint::channel)
                .thenComparing(HistoryPoint::metric)).limit(limit).toList();
    }

    /** Energy used per device and hour in {@code [from, to)}, Wh. */
    List<JdbcHistoryStore.EnergyRow> energy(List<String> deviceIds, Instant from, Instant to) {
        Map<String, Map<Long, Double>> wh = new HashMap<>();
        eachHour("SELECT s.device_id, d.series_id, d.day, d.block FROM telemetry_series s JOIN telemetry_hour_days d "
                        + "ON d.series_id = s.id WHERE s.metric = 'energy' AND s.device_id IN (:ids) AND d.day >= :fromDay "
                        + "AND d.day < :to", new HashMap<>(Map.of("ids", deviceIds)), from, to,
                (rs, at, b) -> wh.computeIfAbsent(rs.getString("device_id"), d -> new TreeMap<>()).merge(at, b.sum(), Double::sum));
        List<JdbcHistoryStore.EnergyRow> rows = new ArrayList<>();
        wh.forEach((device, hours) -> hours.forEach((at, sum) ->
                rows.add(new JdbcHistoryStore.EnergyRow(device, Instant.ofEpochMilli(at), sum))));
        return rows;
    }

    /** Energy used by the whole fleet per hour in {@code [from, to)}, Wh. */
    List<JdbcHistoryStore.EnergyRow> fleetEnergy(Instant from, Instant to) {
        Map<Long, Double> wh = new TreeMap<>();
        eachHour("SELECT d.series_id, d.day, d.block FROM telemetry_series s CROSS JOIN telemetry_hour_days d "
                        + "WHERE d.series_id = s.id AND s.metric = 'energy' AND d.day >= :fromDay AND d.day < :to",
                new HashMap<>(), from, to, (rs, at, b) -> wh.merge(at, b.sum(), Double::sum));
        return wh.entrySet().stream().map(e -> new JdbcHistoryStore.EnergyRow(null, Instant.ofEpochMilli(e.getKey()),
                e.getValue())).toList();
    }

    /** Deletes the days of {@code series} that end by {@code cutoff}'s day; returns the blocks deleted. */
    int deleteBefore(List<Integer> series, Instant cutoff) {
        return jdbc.sql("DELETE FROM telemetry_hour_days WHERE series_id IN (:ids) AND day < :cutoff")
                .param("ids", series).param("cutoff", HourBlock.dayOf(cutoff.toEpochMilli())).update();
    }

    private interface HourVisitor {
        void hour(ResultSet row, long at, HourBlock.Bucket bucket) throws SQLException;
    }

    /** Runs {@code sql} (which selects series_id, day and block) and visits every hour held in {@code [from, to)}. */
    private void eachHour(String sql, Map<String, Object> params, Instant from, Instant to, HourVisitor visitor) {
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        params.put("fromDay", HourBlock.dayOf(start));
        params.put("to", end);
        jdbc.sql(sql).params(params).query(rs -> {
            int series = rs.getInt("series_id");
            long day = rs.getLong("day");
            HourBlock block;
            try {
                block = HourBlock.decode(rs.getBytes("block"), series, day);
            } catch (HourBlock.Damaged e) {
                throw new ManagerException(ErrorCode.HISTORY_DAMAGED, e.getMessage());
            }
            for (int h = 0; h < HourBlock.HOURS; h++) {
                long at = day + h * HourBlock.HOUR_MILLIS;
                if (block.hour(h) != null && at >= start && at < end) {
                    visitor.hour(rs, at, block.hour(h));
                }
            }
        });
    }
}

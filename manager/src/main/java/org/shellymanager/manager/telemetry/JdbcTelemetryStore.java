package org.shellymanager.manager.telemetry;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latest status of every device ({@code device_telemetry}) and input events ({@code telemetry_events}); history
 * series are written by {@link JdbcSeriesStore}.
 */
@Repository
class JdbcTelemetryStore {

    private static final TypeReference<List<StoredReading>> READINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    JdbcTelemetryStore(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.json = json;
    }

    /** The latest status as stored, for every device. */
    List<Stored> loadLatest() {
        return jdbc.sql("SELECT device_id, last_report, battery, readings FROM device_telemetry")
                .query((rs, row) -> {
                    long reported = rs.getLong("last_report");
                    Instant lastReport = rs.wasNull() ? null : Instant.ofEpochMilli(reported);
                    List<Reading> readings = json.readValue(rs.getString("readings"), READINGS).stream()
                            .map(StoredReading::reading).toList();
                    return new Stored(rs.getString("device_id"), lastReport, rs.getBoolean("battery"), readings);
                })
                .list();
    }

    /** Writes the latest status of many devices in one transaction; rows missing so far are added. */
    void saveLatest(List<LatestStatus> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            List<String> ids = statuses.stream().map(LatestStatus::deviceId).toList();
            Set<String> present = new HashSet<>(jdbc.sql("SELECT device_id FROM device_telemetry WHERE device_id IN (:ids)")
                    .param("ids", ids).query(String.class).list());
            Set<String> existing = new HashSet<>(jdbc.sql("SELECT id FROM devices WHERE id IN (:ids)").param("ids", ids)
                    .query(String.class).list());
            for (LatestStatus s : statuses) {
                if (!present.contains(s.deviceId()) && existing.contains(s.deviceId())) {
                    jdbc.sql("INSERT INTO device_telemetry (device_id, state, state_since, battery, readings) "
                            + "VALUES (?, ?, ?, ?, ?)").params(s.deviceId(), s.state().name(),
                            s.stateSince().toEpochMilli(), s.battery(), "[]").update();
                }
            }
            template.batchUpdate("UPDATE device_telemetry SET state = ?, state_since = ?, last_report = ?, "
                            + "last_attempt = ?, battery = ?, readings = ? WHERE device_id = ?", statuses, statuses.size(),
                    (ps, s) -> {
                        ps.setString(1, s.state().name());
                        ps.setLong(2, s.stateSince().toEpochMilli());
                        ps.setObject(3, millis(s.lastReport()));
                        ps.setObject(4, millis(s.lastAttempt()));
                        ps.setBoolean(5, s.battery());
                        ps.setString(6, json.writeValueAsString(s.readings().stream().map(StoredReading::of).toList()));
                        ps.setString(7, s.deviceId());
                    });
        });
    }

    /** Adds input events in one batch; events of devices forgotten meanwhile are dropped. */
    void insertEvents(List<InputEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            Set<String> existing = new HashSet<>(jdbc.sql("SELECT id FROM devices WHERE id IN (:ids)")
                    .param("ids", events.stream().map(InputEvent::deviceId).distinct().toList()).query(String.class).list());
            List<InputEvent> kept = events.stream().filter(e -> existing.contains(e.deviceId())).toList();
            template.batchUpdate("INSERT INTO telemetry_events (device_id, channel, ts, event, event_count) VALUES (?, ?, ?, ?, ?)",
                    kept, 1000, (ps, e) -> {
                        ps.setString(1, e.deviceId());
                        ps.setString(2, e.channel());
                        ps.setLong(3, e.at().toEpochMilli());
                        ps.setString(4, e.event());
                        ps.setObject(5, e.count());
                    });
        });
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /** A device's stored latest status, as far as a restart needs it. */
    record Stored(String deviceId, Instant lastReport, boolean battery, List<Reading> readings) {
    }

    /** A reading in the compact form stored in {@code device_telemetry.readings}. */
    record StoredReading(String c, String m, double v) {

        static StoredReading of(Reading r) {
            return new StoredReading(r.channel(), r.metric().key(), r.value());
        }

        Reading reading() {
            return new Reading(c, Metric.ofKey(m), v);
        }
    }
}

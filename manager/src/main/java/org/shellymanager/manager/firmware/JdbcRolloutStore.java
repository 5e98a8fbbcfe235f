package org.shellymanager.manager.firmware;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Rollouts and their devices, in {@code firmware_rollouts} and {@code firmware_rollout_devices}. */
@Repository
class JdbcRolloutStore {

    private static final String COLUMNS = "job_id, name, state, target_kind, file_id, waves, concurrency, max_failure_pct, "
            + "verify_timeout, current_wave, halt_reason, created_at, updated_at";
    private static final String DEVICE_COLUMNS = "job_id, device_id, wave, position, label, outcome, message, from_version, "
            + "to_version, waiting_since, finished_at";

    private final JdbcClient jdbc;

    JdbcRolloutStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void insert(Rollout rollout, List<RolloutDevice> devices) {
        jdbc.sql("INSERT INTO firmware_rollouts (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(rollout.id(), rollout.name(), rollout.state().name(), rollout.channel() != null ? rollout.channel() : "file",
                        rollout.fileId(), String.join(",", rollout.waves()), rollout.concurrency(), rollout.maxFailurePercent(),
                        rollout.verifyTimeout().toMillis(), rollout.currentWave(), rollout.haltReason(),
                        rollout.createdAt().toEpochMilli(), rollout.updatedAt().toEpochMilli())
                .update();
        for (RolloutDevice device : devices) {
            jdbc.sql("INSERT INTO firmware_rollout_devices (" + DEVICE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(device.rolloutId(), device.deviceId(), device.wave(), device.position(), device.label(),
                            device.outcome().name(), device.message(), device.fromVersion(), device.toVersion(),
                            millis(device.waitingSince()), millis(device.finishedAt()))
                    .update();
        }
    }

    Optional<Rollout> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_rollouts WHERE job_id = ?").param(id).query(this::rollout).optional();
    }

    List<Rollout> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_rollouts ORDER BY created_at DESC").query(this::rollout).list();
    }

    List<Rollout> unfinished() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_rollouts WHERE state IN ('RUNNING', 'PAUSED', 'HALTED')")
                .query(this::rollout).list();
    }

    /** Moves the rollout to a state if it is in one of the given ones; false otherwise. */
    boolean transition(String id, Collection<RolloutState> from, RolloutState to, String haltReason, Instant now) {
        String states = String.join(", ", from.stream().map(s -> "'" + s.name() + "'").toList());
        return jdbc.sql("UPDATE firmware_rollouts SET state = ?, halt_reason = ?, updated_at = ? WHERE job_id = ? AND state IN ("
                        + states + ")")
                .params(to.name(), haltReason, now.toEpochMilli(), id).update() == 1;
    }

    void wave(String id, int wave, Instant now) {
        jdbc.sql("UPDATE firmware_rollouts SET current_wave = ?, updated_at = ? WHERE job_id = ?")
                .params(wave, now.toEpochMilli(), id).update();
    }

    List<RolloutDevice> devices(String id) {
        return jdbc.sql("SELECT " + DEVICE_COLUMNS + " FROM firmware_rollout_devices WHERE job_id = ? ORDER BY wave, position")
                .param(id).query(JdbcRolloutStore::device).list();
    }

    void save(RolloutDevice device) {
        jdbc.sql("UPDATE firmware_rollout_devices SET outcome = ?, message = ?, from_version = ?, to_version = ?, "
                        + "waiting_since = ?, finished_at = ? WHERE job_id = ? AND device_id = ?")
                .params(device.outcome().name(), device.message(), device.fromVersion(), device.toVersion(),
                        millis(device.waitingSince()), millis(device.finishedAt()), device.rolloutId(), device.deviceId())
                .update();
    }

    private Rollout rollout(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("target_kind");
        return new Rollout(rs.getString("job_id"), rs.getString("name"), RolloutState.valueOf(rs.getString("state")),
                kind.equals("file") ? null : kind, rs.getString("file_id"), Arrays.asList(rs.getString("waves").split(",")),
                rs.getInt("concurrency"), rs.getInt("max_failure_pct"), Duration.ofMillis(rs.getLong("verify_timeout")),
                rs.getInt("current_wave"), rs.getString("halt_reason"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static RolloutDevice device(ResultSet rs, int row) throws SQLException {
        return new RolloutDevice(rs.getString("job_id"), rs.getString("device_id"), rs.getInt("wave"), rs.getInt("position"),
                rs.getString("label"), DeviceOutcome.valueOf(rs.getString("outcome")), rs.getString("message"),
                rs.getString("from_version"), rs.getString("to_version"), instant(rs, "waiting_since"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}

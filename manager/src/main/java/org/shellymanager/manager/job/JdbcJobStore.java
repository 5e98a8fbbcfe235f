package org.shellymanager.manager.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shellymanager.manager.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Jobs and their results in the {@code jobs} and {@code job_results} tables. */
@Repository
class JdbcJobStore {

    private static final String COLUMNS = "id, kind, parameters, state, started_by, created_at, started_at, finished_at, "
            + "progress_done, progress_total, summary";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcJobStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Job job) {
        jdbc.sql("INSERT INTO jobs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(job.id(), job.kind().name(), json.writeValueAsString(job.kind()), job.state().name(),
                        job.startedBy(), job.createdAt().toEpochMilli(), millis(job.startedAt()), millis(job.finishedAt()),
                        job.progress().done(), job.progress().total(), job.summary())
                .update();
    }

    /** Moves a queued job to running; false when it is no longer queued (cancelled meanwhile). */
    boolean start(String id, Instant now) {
        return jdbc.sql("UPDATE jobs SET state = 'RUNNING', started_at = ? WHERE id = ? AND state = 'QUEUED'")
                .params(now.toEpochMilli(), id).update() == 1;
    }

    /** Queues an interrupted job again under its id; false when it is not interrupted. */
    boolean reopen(String id) {
        return jdbc.sql("UPDATE jobs SET state = 'QUEUED', finished_at = NULL, summary = NULL WHERE id = ? "
                        + "AND state = 'INTERRUPTED'").param(id).update() == 1;
    }

    int resultCount(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM job_results WHERE job_id = ?").param(id).query(Integer.class).single();
    }

    void progress(String id, JobProgress progress) {
        jdbc.sql("UPDATE jobs SET progress_done = ?, progress_total = ? WHERE id = ?")
                .params(progress.done(), progress.total(), id).update();
    }

    /** Puts an unfinished job in a final state; false when it had already finished. */
    boolean finish(String id, JobState state, Instant now, JobProgress progress, String summary) {
        return jdbc.sql("UPDATE jobs SET state = ?, finished_at = ?, progress_done = ?, progress_total = ?, summary = ? "
                        + "WHERE id = ? AND state IN ('QUEUED', 'RUNNING')")
                .params(state.name(), now.toEpochMilli(), progress.done(), progress.total(), summary, id)
                .update() == 1;
    }

    /** Marks every queued or running job interrupted, as left over from a previous run of the server. */
    int interruptUnfinished(Instant now) {
        return jdbc.sql("UPDATE jobs SET state = 'INTERRUPTED', finished_at = ?, "
                        + "summary = 'interrupted: the server stopped while the job was unfinished' "
                        + "WHERE state IN ('QUEUED', 'RUNNING')")
                .param(now.toEpochMilli()).update();
    }

    Optional<Job> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE id = ?").param(id).query(this::job).optional();
    }

    Page<Job> list(String kind, JobState state, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", kind);
        }
        if (state != null) {
            where.add("state = :state");
            params.put("state", state.name());
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM jobs" + clause).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", Page.offset(page, size));
        List<Job> items = jdbc.sql("SELECT " + COLUMNS + " FROM jobs" + clause
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params).query(this::job).list();
        return new Page<>(items, total, page, size);
    }

    /** The newest jobs with a result for the device, newest first. */
    List<Job> forDevice(String deviceId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE id IN (SELECT job_id FROM job_results WHERE device_id = ?)"
                        + " ORDER BY created_at DESC, id LIMIT ?")
                .params(deviceId, limit).query(this::job).list();
    }

    void addResult(String jobId, int seq, JobResult result) {
        jdbc.sql("INSERT INTO job_results (job_id, seq, target, outcome, message, device_id) VALUES (?, ?, ?, ?, ?, ?)")
                .params(jobId, seq, result.target(), result.outcome(), result.message(), result.deviceId())
                .update();
    }

    Page<JobResult> results(String jobId, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM job_results WHERE job_id = ?").param(jobId).query(Long.class).single();
        List<JobResult> items = jdbc.sql("SELECT target, outcome, message, device_id FROM job_results WHERE job_id = ? "
                        + "ORDER BY seq LIMIT ? OFFSET ?")
                .params(jobId, size, Page.offset(page, size))
                .query((rs, row) -> new JobResult(rs.getString("target"), rs.getString("outcome"),
                        rs.getString("message"), rs.getString("device_id")))
                .list();
        return new Page<>(items, total, page, size);
    }

    private Job job(ResultSet rs, int row) throws SQLException {
        return new Job(rs.getString("id"), kind(rs.getString("kind"), rs.getString("parameters")),
                JobState.valueOf(rs.getString("state")), rs.getString("started_by"),
                Instant.ofEpochMilli(rs.getLong("created_at")), instant(rs, "started_at"), instant(rs, "finished_at"),
                new JobProgress(rs.getInt("progress_done"), rs.getInt("progress_total")), rs.getString("summary"));
    }

    private JobKind kind(String name, String parameters) {
        return switch (name) {
            case JobKind.Discovery.NAME -> json.readValue(parameters, JobKind.Discovery.class);
            case JobKind.Control.NAME -> json.readValue(parameters, JobKind.Control.class);
            case JobKind.ConfigSync.NAME -> json.readValue(parameters, JobKind.ConfigSync.class);
            case JobKind.PasswordRotation.NAME -> json.readValue(parameters, JobKind.PasswordRotation.class);
            case JobKind.FirmwareCheck.NAME -> json.readValue(parameters, JobKind.FirmwareCheck.class);
            case JobKind.FirmwareRollout.NAME -> json.readValue(parameters, JobKind.FirmwareRollout.class);
            case JobKind.Backup.NAME -> json.readValue(parameters, JobKind.Backup.class);
            case JobKind.Restore.NAME -> json.readValue(parameters, JobKind.Restore.class);
            default -> throw new IllegalStateException("unknown job kind in the database: " + name);
        };
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}

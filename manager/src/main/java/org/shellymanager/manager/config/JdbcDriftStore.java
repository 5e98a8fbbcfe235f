package org.shellymanager.manager.config;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.shellymanager.manager.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Drift reports with their entries, and since when each device field has been drifting. */
@Repository
class JdbcDriftStore {

    private static final String COLUMNS = "id, started_at, finished_at, trigger_name, devices_checked, devices_drifted, devices_failed";

    private final JdbcClient jdbc;

    JdbcDriftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that the device was checked now, keeps the first time each drifting field was seen and forgets
     * fields of this device no longer drifting.
     */
    @Transactional
    Map<String, Instant> track(String deviceId, List<String> fields, Instant now) {
        jdbc.sql("DELETE FROM config_drift_checked WHERE device_id = ?").param(deviceId).update();
        jdbc.sql("INSERT INTO config_drift_checked (device_id, checked_at) VALUES (?, ?)").params(deviceId, now.toEpochMilli())
                .update();
        Map<String, Instant> known = jdbc.sql("SELECT field, since FROM config_drift_state WHERE device_id = ?").param(deviceId)
                .query((rs, row) -> Map.entry(rs.getString("field"), Instant.ofEpochMilli(rs.getLong("since")))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (String gone : known.keySet()) {
            if (!fields.contains(gone)) {
                jdbc.sql("DELETE FROM config_drift_state WHERE device_id = ? AND field = ?").params(deviceId, gone).update();
            }
        }
        Map<String, Instant> since = new java.util.HashMap<>();
        for (String field : fields) {
            if (!known.containsKey(field)) {
                jdbc.sql("INSERT INTO config_drift_state (device_id, field, since) VALUES (?, ?, ?)")
                        .params(deviceId, field, now.toEpochMilli()).update();
            }
            since.put(field, known.getOrDefault(field, now));
        }
        return since;
    }

    @Transactional
    void insert(DriftReport report) {
        jdbc.sql("INSERT INTO config_drift_reports (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(report.id(), report.startedAt().toEpochMilli(), report.finishedAt().toEpochMilli(), report.trigger(),
                        report.checked(), report.drifted(), report.failed())
                .update();
        int seq = 0;
        for (DriftReport.Entry entry : report.entries()) {
            jdbc.sql("INSERT INTO config_drift_entries (report_id, seq, device_id, field, desired, actual, since) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(report.id(), seq++, entry.deviceId(), entry.field(), entry.desired(), entry.actual(),
                            entry.since().toEpochMilli())
                    .update();
        }
        for (DriftReport.Unreached device : report.unreached()) {
            jdbc.sql("INSERT INTO config_drift_unreached (report_id, device_id, reason) VALUES (?, ?, ?)")
                    .params(report.id(), device.deviceId(), device.reason()).update();
        }
    }

    Optional<DriftReport> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM config_drift_reports WHERE id = ?").param(id)
                .query((rs, row) -> report(rs, List.of())).optional().map(this::withEntries);
    }

    Optional<DriftReport> latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM config_drift_reports ORDER BY started_at DESC LIMIT 1")
                .query((rs, row) -> report(rs, List.of())).optional().map(this::withEntries);
    }

    /** Newest first, without entries. */
    Page<DriftReport> list(int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM config_drift_reports").query(Long.class).single();
        List<DriftReport> items = jdbc.sql("SELECT " + COLUMNS + " FROM config_drift_reports ORDER BY started_at DESC LIMIT ? OFFSET ?")
                .params(size, Page.offset(page, size)).query((rs, row) -> report(rs, List.of())).list();
        return new Page<>(items, total, page, size);
    }

    private DriftReport withEntries(DriftReport report) {
        return new DriftReport(report.id(), report.startedAt(), report.finishedAt(), report.trigger(), report.checked(),
                report.drifted(), report.failed(), entries(report.id()),
                jdbc.sql("SELECT device_id, reason FROM config_drift_unreached WHERE report_id = ? ORDER BY device_id")
                        .param(report.id())
                        .query((rs, row) -> new DriftReport.Unreached(rs.getString("device_id"), rs.getString("reason")))
                        .list());
    }

    private List<DriftReport.Entry> entries(String reportId) {
        return jdbc.sql("SELECT device_id, field, desired, actual, since FROM config_drift_entries WHERE report_id = ? ORDER BY seq")
                .param(reportId)
                .query((rs, row) -> new DriftReport.Entry(rs.getString("device_id"), rs.getString("field"),
                        rs.getString("desired"), rs.getString("actual"), Instant.ofEpochMilli(rs.getLong("since"))))
                .list();
    }

    private static DriftReport report(java.sql.ResultSet rs, List<DriftReport.Entry> entries) throws java.sql.SQLException {
        return new DriftReport(rs.getString("id"), Instant.ofEpochMilli(rs.getLong("started_at")),
                Instant.ofEpochMilli(rs.getLong("finished_at")), rs.getString("trigger_name"), rs.getInt("devices_checked"),
                rs.getInt("devices_drifted"), rs.getInt("devices_failed"), entries, List.of());
    }
}

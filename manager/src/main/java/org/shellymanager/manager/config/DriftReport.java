package org.shellymanager.manager.config;

import java.time.Instant;
import java.util.List;

/**
 * One drift run over the fleet: which devices drifted, in which fields, and since when each field has been
 * drifting.
 *
 * @param trigger {@code schedule} or who asked
 * @param failed  devices that could not be read (unreachable, login refused)
 */
public record DriftReport(String id, Instant startedAt, Instant finishedAt, String trigger, int checked, int drifted,
                          int failed, List<Entry> entries) {

    public DriftReport {
        entries = List.copyOf(entries);
    }

    public record Entry(String deviceId, String field, String desired, String actual, Instant since) {
    }
}

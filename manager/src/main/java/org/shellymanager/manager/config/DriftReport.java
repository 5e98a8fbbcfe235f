package org.shellymanager.manager.config;

import java.time.Instant;
import java.util.List;

/**
 * One drift run over the fleet: which devices drifted, in which fields, and since when each field has been
 * drifting.
 *
 * @param trigger {@code schedule} or who asked
 * @param failed    devices that could not be read (unreachable, login refused)
 * @param unreached those devices with the reason (empty in report lists, which come without details)
 */
public record DriftReport(String id, Instant startedAt, Instant finishedAt, String trigger, int checked, int drifted,
                          int failed, List<Entry> entries, List<Unreached> unreached) {

    public DriftReport {
        entries = List.copyOf(entries);
        unreached = List.copyOf(unreached);
    }

    /** A device the run could not read, and why (not reached, or its stored login refused). */
    public record Unreached(String deviceId, String reason) {
    }

    public record Entry(String deviceId, String field, String desired, String actual, Instant since) {
    }
}

package org.shellymanager.manager.config;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** A snapshot as the API shows it; {@code sections} only when one snapshot is asked for. */
record SnapshotView(String id, String deviceId, int version, Instant takenAt, SnapshotCause cause, String jobId,
                    String fingerprint, String model, int generation, Map<String, JsonNode> sections) {

    static SnapshotView of(Snapshot s, boolean withSections) {
        return new SnapshotView(s.id(), s.deviceId(), s.version(), s.takenAt(), s.cause(), s.jobId(), s.fingerprint(),
                s.model(), s.generation().number(), withSections ? s.sections() : null);
    }
}

package org.shellymanager.manager.config;

import java.time.Instant;
import java.util.List;

/** Published when a drift run finds a device that differs from its desired state. */
public record DriftDetected(String deviceId, List<DriftField> fields, String reportId, Instant at) {

    public DriftDetected {
        fields = List.copyOf(fields);
    }
}

package org.shellymanager.manager.telemetry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code telemetry}: how many history samples and input events wait to be
 * written and how many were dropped because the buffer was full (the database was away too long). The status stays
 * UP, so readiness is not affected (the database's own component says when it is away); a warning names the loss.
 */
@Component("telemetry")
class TelemetryHealth implements HealthIndicator {

    private final TelemetryWriter writer;

    TelemetryHealth(TelemetryWriter writer) {
        this.writer = writer;
    }

    @Override
    public Health health() {
        TelemetryWriter.BufferState state = writer.bufferState();
        Health.Builder health = Health.up().withDetail("bufferedSamples", state.samples())
                .withDetail("bufferedEvents", state.events()).withDetail("bufferLimit", state.limit())
                .withDetail("droppedSamples", state.droppedSamples()).withDetail("droppedEvents", state.droppedEvents());
        if (state.droppedSamples() + state.droppedEvents() > 0) {
            health.withDetail("warning", "telemetry was dropped while it could not be written");
        }
        return health.build();
    }
}

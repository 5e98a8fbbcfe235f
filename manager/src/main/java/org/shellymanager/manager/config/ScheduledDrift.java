package org.shellymanager.manager.config;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs drift detection over the whole fleet every {@code shelly-manager.config.drift-interval} (0 = never). */
@Component
class ScheduledDrift {

    private final DriftService drift;
    private final ConfigProperties properties;
    private final Clock clock;
    private volatile Instant lastRun;

    ScheduledDrift(DriftService drift, ConfigProperties properties, Clock clock) {
        this.drift = drift;
        this.properties = properties;
        this.clock = clock;
        this.lastRun = clock.instant();
    }

    @Scheduled(fixedDelayString = "${shelly-manager.config.drift-check:10s}", initialDelayString = "${shelly-manager.config.drift-check:10s}")
    void tick() {
        if (properties.driftInterval().isZero() || clock.instant().isBefore(lastRun.plus(properties.driftInterval()))) {
            return;
        }
        lastRun = clock.instant();
        drift.run(new DeviceSelection(null, null, null, null, null, true), "schedule");
    }
}

package org.shellymanager.manager.firmware;

import java.time.Clock;
import java.time.Instant;

import org.shellymanager.manager.job.JobService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks the whole fleet for firmware updates every {@code check-interval}: the first time one interval after
 * start-up, then one interval after the previous check ended (never two at once).
 */
@Component
class ScheduledFirmwareCheck {

    private static final Logger log = LoggerFactory.getLogger(ScheduledFirmwareCheck.class);

    private final FirmwareTracking tracking;
    private final JobService jobs;
    private final FirmwareProperties properties;
    private final Clock clock;
    private volatile Instant due;
    private volatile String lastJob;

    ScheduledFirmwareCheck(FirmwareTracking tracking, JobService jobs, FirmwareProperties properties, Clock clock) {
        this.tracking = tracking;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
        this.due = clock.instant().plus(properties.checkInterval());
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void tick() {
        if (properties.checkInterval().isZero()) {
            return;
        }
        String previous = lastJob;
        if (previous != null && jobs.find(previous).map(job -> !job.state().finished()).orElse(false)) {
            due = clock.instant().plus(properties.checkInterval());
            return;
        }
        if (clock.instant().isBefore(due)) {
            return;
        }
        lastJob = tracking.startCheck(DeviceSelector.all(), "schedule").id();
        due = clock.instant().plus(properties.checkInterval());
        log.info("scheduled firmware check started as job {}", lastJob);
    }
}

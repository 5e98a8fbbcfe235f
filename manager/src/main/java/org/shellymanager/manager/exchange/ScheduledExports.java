package org.shellymanager.manager.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.AuditEvent;
import org.shellymanager.manager.security.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs each enabled export schedule that is due, and writes each run to the audit log. */
@Component
class ScheduledExports {

    private static final Logger log = LoggerFactory.getLogger(ScheduledExports.class);

    private final ExportScheduleService schedules;
    private final AuditLog audit;
    private final Clock clock;

    ScheduledExports(ExportScheduleService schedules, AuditLog audit, Clock clock) {
        this.schedules = schedules;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shelly-manager.export.schedule-check:30s}",
            initialDelayString = "${shelly-manager.export.schedule-check:30s}")
    void tick() {
        Instant now = clock.instant();
        for (ExportSchedule schedule : schedules.list()) {
            if (schedule.enabled() && due(schedule, now)) {
                ExportScheduleService.Run run = schedules.run(schedule, "schedule:" + schedule.name());
                audit.system("export.scheduled", "schedule " + schedule.name() + ": " + run.message(),
                        run.result().equals("SUCCEEDED") ? AuditEvent.Result.SUCCEEDED : AuditEvent.Result.FAILED);
            }
        }
    }

    private static boolean due(ExportSchedule schedule, Instant now) {
        try {
            return ExportScheduleService.due(schedule, now, ZoneId.systemDefault());
        } catch (ManagerException e) {
            log.warn("export schedule '{}' has an invalid schedule and is skipped: {}", schedule.name(), e.getMessage());
            return false;
        }
    }
}

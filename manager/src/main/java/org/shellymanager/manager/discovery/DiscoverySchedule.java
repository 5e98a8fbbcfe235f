package org.shellymanager.manager.discovery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.scheduling.support.CronExpression;

/** When a network is scanned again: a fixed interval after the last run, or the next time a cron expression names. */
sealed interface DiscoverySchedule {

    Duration MIN_INTERVAL = Duration.ofMinutes(1);

    /** The first time after {@code last} that a run is due. */
    Instant next(Instant last, ZoneId zone);

    record Interval(Duration every) implements DiscoverySchedule {
        public Instant next(Instant last, ZoneId zone) {
            return last.plus(every);
        }
    }

    record Cron(CronExpression expression) implements DiscoverySchedule {
        public Instant next(Instant last, ZoneId zone) {
            var next = expression.next(last.atZone(zone));
            return next == null ? Instant.MAX : next.toInstant();
        }
    }

    /**
     * Reads {@code PT1H}-style intervals (at least one minute) and cron expressions: Spring's six fields with
     * seconds, the classic five fields (run at second 0), or macros such as {@code @daily}.
     *
     * @throws ManagerException {@code network.schedule-invalid}
     */
    static DiscoverySchedule parse(String text) {
        String value = text.strip();
        if (value.startsWith("P") || value.startsWith("p")) {
            try {
                Duration every = Duration.parse(value);
                if (every.compareTo(MIN_INTERVAL) < 0) {
                    throw invalid(value, "the interval must be at least one minute (PT1M)");
                }
                return new Interval(every);
            } catch (DateTimeParseException e) {
                throw invalid(value, "not an ISO-8601 duration such as PT1H or PT15M");
            }
        }
        String cron = value.split("\\s+").length == 5 ? "0 " + value : value;
        try {
            return new Cron(CronExpression.parse(cron));
        } catch (IllegalArgumentException e) {
            throw invalid(value, "not an interval (PT1H) nor a cron expression (0 */6 * * *): " + e.getMessage());
        }
    }

    private static ManagerException invalid(String value, String reason) {
        return new ManagerException(ErrorCode.NETWORK_SCHEDULE_INVALID, "schedule '" + value + "': " + reason);
    }
}

package org.shellymanager.manager.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a recurring task (a network's discovery, a scheduled export) runs again: a fixed interval after the last
 * run, or the next time a cron expression names.
 */
public sealed interface RunSchedule {

    Duration MIN_INTERVAL = Duration.ofMinutes(1);

    /** The first time after {@code last} that a run is due. */
    Instant next(Instant last, ZoneId zone);

    record Interval(Duration every) implements RunSchedule {
        public Instant next(Instant last, ZoneId zone) {
            return last.plus(every);
        }
    }

    record Cron(CronExpression expression) implements RunSchedule {
        public Instant next(Instant last, ZoneId zone) {
            var next = expression.next(last.atZone(zone));
            return next == null ? Instant.MAX : next.toInstant();
        }
    }

    /**
     * Reads {@code PT1H}-style intervals (at least one minute) and cron expressions: Spring's six fields with
     * seconds, the classic five fields (run at second 0), or macros such as {@code @daily}.
     *
     * @param invalid the error code a bad schedule is refused with, that of the feature it belongs to
     * @throws ManagerException {@code invalid}
     */
    static RunSchedule parse(String text, ErrorCode invalid) {
        String value = text.strip();
        if (value.startsWith("P") || value.startsWith("p")) {
            try {
                Duration every = Duration.parse(value);
                if (every.compareTo(MIN_INTERVAL) < 0) {
                    throw invalid(invalid, value, "the interval must be at least one minute (PT1M)");
                }
                return new Interval(every);
            } catch (DateTimeParseException e) {
                throw invalid(invalid, value, "not an ISO-8601 duration such as PT1H or PT15M");
            }
        }
        String cron = value.split("\\s+").length == 5 ? "0 " + value : value;
        try {
            return new Cron(CronExpression.parse(cron));
        } catch (IllegalArgumentException e) {
            throw invalid(invalid, value, "not an interval (PT1H) nor a cron expression (0 */6 * * *): " + e.getMessage());
        }
    }

    private static ManagerException invalid(ErrorCode code, String value, String reason) {
        return new ManagerException(code, "schedule '" + value + "': " + reason);
    }
}

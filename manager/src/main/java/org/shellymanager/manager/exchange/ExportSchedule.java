package org.shellymanager.manager.exchange;

import java.time.Instant;
import java.util.Map;

/**
 * An export run on a schedule: which exporter with which format and options, the directory each run's file is
 * written to, when it runs (an interval such as {@code PT6H} or a cron expression), and how many of its files are
 * kept.
 *
 * @param lastResult  {@code SUCCEEDED} or {@code FAILED}, null before the first run
 * @param lastMessage the file written, or what went wrong
 */
public record ExportSchedule(String id, String name, String exporter, String format, Map<String, String> options,
                             String directory, String schedule, int keepLast, boolean enabled, Instant createdAt,
                             Instant lastRunAt, String lastResult, String lastMessage) {

    public ExportSchedule {
        options = Map.copyOf(options);
    }
}

package org.shellymanager.manager.exchange;

import java.time.Instant;

/**
 * The body of the completion webhook: one export that finished, delivered as a download or written by a schedule,
 * or a scheduled run that failed.
 *
 * @param event     always {@code export.completed}
 * @param status    {@code succeeded} or {@code failed}
 * @param exportId  its id in the export history; null for a failed run, which is not in the history
 * @param file      the file a schedule wrote (absolute path), or the download's file name
 * @param sha256    the SHA-256 of the delivered bytes, in hex; null when it failed
 * @param schedule  the schedule's name, null for an export asked for over the API
 * @param error     what went wrong, null when it succeeded
 */
public record ExportEvent(String event, String status, String exportId, String exporter, String format, String file,
                          String sha256, long bytes, int devices, String startedBy, String schedule, Instant at,
                          String error) {

    static final String COMPLETED = "export.completed";

    static ExportEvent succeeded(ExportRecord record, String file, String schedule) {
        return new ExportEvent(COMPLETED, "succeeded", record.id(), record.exporter(), record.format(), file, record.sha256(),
                record.bytes(), record.deviceCount(), record.startedBy(), schedule, record.createdAt(), null);
    }

    static ExportEvent failed(ExportSchedule schedule, Instant at, String error) {
        return new ExportEvent(COMPLETED, "failed", null, schedule.exporter(), schedule.format(), null, null, 0, 0,
                "schedule:" + schedule.name(), schedule.name(), at, error);
    }
}

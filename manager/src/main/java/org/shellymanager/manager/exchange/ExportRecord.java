package org.shellymanager.manager.exchange;

import java.time.Instant;
import java.util.Map;

/**
 * One export in the history: who ran which exporter when, and the SHA-256 of what was delivered.
 *
 * @param file    where a scheduled run wrote it; null for a download
 * @param webhook what the completion webhook answered ({@code delivered: HTTP 204}, {@code failed: ...}); null when
 *                no webhook is set or it has not answered yet
 */
public record ExportRecord(String id, String exporter, String format, Map<String, String> options, String startedBy,
                           Instant createdAt, int deviceCount, int fileCount, long bytes, String sha256, String file,
                           String webhook) {

    public ExportRecord {
        options = Map.copyOf(options);
    }
}

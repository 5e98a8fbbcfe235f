package org.shellymanager.manager.exchange;

import java.time.Instant;
import java.util.Map;

/** One export in the history: who ran which exporter when, and the SHA-256 of what was delivered. */
public record ExportRecord(String id, String exporter, String format, Map<String, String> options, String startedBy,
                           Instant createdAt, int deviceCount, int fileCount, long bytes, String sha256) {

    public ExportRecord {
        options = Map.copyOf(options);
    }
}

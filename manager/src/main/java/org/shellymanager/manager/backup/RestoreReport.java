package org.shellymanager.manager.backup;

import java.util.List;
import java.util.Map;

/**
 * What a restore did, or with {@code dryRun} would do: the sections chosen and the rows per table.
 */
public record RestoreReport(boolean dryRun, Manifest manifest, List<String> sections, Map<String, Long> rows) {

    public RestoreReport {
        sections = List.copyOf(sections);
        rows = Map.copyOf(rows);
    }
}

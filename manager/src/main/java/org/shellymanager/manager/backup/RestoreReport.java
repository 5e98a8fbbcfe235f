package org.shellymanager.manager.backup;

import java.util.List;
import java.util.Map;

/**
 * What a restore did, or with {@code dryRun} would do: the sections chosen, the rows per table, the keys cleared per
 * table (tombstones of incremental and differential archives) and the type of each archive of the chain, oldest
 * first ({@code [FULL]} for a single full backup). {@code manifest} is the last archive's.
 */
public record RestoreReport(boolean dryRun, Manifest manifest, List<String> sections, Map<String, Long> rows,
                            Map<String, Long> cleared, List<String> chain) {

    public RestoreReport {
        sections = List.copyOf(sections);
        rows = Map.copyOf(rows);
        cleared = Map.copyOf(cleared);
        chain = List.copyOf(chain);
    }
}

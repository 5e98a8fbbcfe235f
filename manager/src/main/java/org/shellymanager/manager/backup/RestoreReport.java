package org.shellymanager.manager.backup;

import java.util.List;
import java.util.Map;

/**
 * What a restore did, or with {@code dryRun} would do: the sections chosen, the rows per table, the keys cleared per
 * table (tombstones of incremental and differential archives) and the type of each archive of the chain, oldest
 * first ({@code [FULL]} for a single full backup). {@code manifest} is the last archive's. {@code accountsReplaced}:
 * the archive's accounts and API tokens took the place of this server's, so the caller signs in again with an account
 * of the archive (see {@link RestoreTarget}).
 */
public record RestoreReport(boolean dryRun, Manifest manifest, List<String> sections, Map<String, Long> rows,
                            Map<String, Long> cleared, List<String> chain, boolean accountsReplaced) {

    public RestoreReport {
        sections = List.copyOf(sections);
        rows = Map.copyOf(rows);
        cleared = Map.copyOf(cleared);
        chain = List.copyOf(chain);
    }
}

package org.shellymanager.manager.web;

import java.util.List;
import java.util.Set;

import org.shellymanager.manager.job.JobResult;

/**
 * A discovery scan's results as the page groups them.
 *
 * @param total how many results the scan has; only the first {@code all.size()} are shown
 */
record ScanOutcomes(List<JobResult> all, long total) {

    private static final Set<String> MOVED = Set.of("MOVED", "ADDRESS_CHANGED");

    ScanOutcomes {
        all = List.copyOf(all);
    }

    public List<JobResult> added() {
        return all.stream().filter(r -> r.outcome().equals("ADDED")).toList();
    }

    public List<JobResult> moved() {
        return all.stream().filter(r -> MOVED.contains(r.outcome())).toList();
    }

    public List<JobResult> needsCredentials() {
        return all.stream().filter(r -> r.outcome().equals("NEEDS_CREDENTIALS")).toList();
    }

    /** Known devices seen where they were, and addresses that answered but not as a Shelly, or went silent. */
    public List<JobResult> other() {
        return all.stream().filter(r -> !r.outcome().equals("ADDED") && !MOVED.contains(r.outcome())
                && !r.outcome().equals("NEEDS_CREDENTIALS")).toList();
    }
}

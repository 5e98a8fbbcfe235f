package org.shellymanager.manager.exchange;

import java.util.List;

/**
 * What an import does (or, in a dry run, would do) to each device of the file.
 *
 * @param format  the format the file was recognised as
 * @param applied false for a dry run
 */
public record ImportPlan(String format, String policy, boolean applied, int created, int updated, int unchanged, int skipped,
                         List<Change> changes) {

    public enum Action { CREATE, UPDATE, UNCHANGED, SKIP }

    /** One device: what happens to it and which fields change. */
    public record Change(String where, String mac, Action action, List<String> fields) {

        public Change {
            fields = List.copyOf(fields);
        }
    }

    public ImportPlan {
        changes = List.copyOf(changes);
    }

    static ImportPlan of(String format, String policy, boolean applied, List<Change> changes) {
        return new ImportPlan(format, policy, applied, count(changes, Action.CREATE), count(changes, Action.UPDATE),
                count(changes, Action.UNCHANGED), count(changes, Action.SKIP), changes);
    }

    private static int count(List<Change> changes, Action action) {
        return (int) changes.stream().filter(c -> c.action() == action).count();
    }
}

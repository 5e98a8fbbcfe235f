package org.shellymanager.manager.backup;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;

/**
 * Reads a section before anything is written: every table and column must exist in the target, the key columns of
 * a clear block must be the target table's, only incremental and differential archives may clear, and every block
 * must hold as many rows as the manifest says. It notes the target's columns that a block of rows lacks (an archive
 * older than the column), as {@code table.column}.
 */
final class ArchiveChecker implements ArchiveReader.RowSink {

    private final DatabaseSchema schema;
    private final Manifest manifest;
    private final Manifest.Section section;
    private final Map<String, Long> rows;
    private final Map<String, Long> cleared;
    private final Set<String> absent;
    private String current;
    private boolean clearing;
    private long count;

    ArchiveChecker(DatabaseSchema schema, Manifest manifest, Manifest.Section section, Map<String, Long> rows,
                   Map<String, Long> cleared, Set<String> absent) {
        this.schema = schema;
        this.absent = absent;
        this.manifest = manifest;
        this.section = section;
        this.rows = rows;
        this.cleared = cleared;
    }

    /** Refuses, before any section is read, a section whose manifest names a table the target does not have. */
    static void requireTables(DatabaseSchema schema, List<Manifest.Section> sections) {
        for (Manifest.Section section : sections) {
            for (Manifest.TableCount table : section.tables()) {
                target(schema, table.table());
            }
        }
    }

    private static DatabaseSchema.Table target(DatabaseSchema schema, String name) {
        DatabaseSchema.Table table = schema.table(LegacyHistory.holds(name) ? LegacyHistory.replacement(name) : name);
        if (table == null) {
            throw new ManagerException(ErrorCode.ARCHIVE_VERSION, "The archive holds table " + name
                    + ", which this server's database does not have. Nothing was changed.");
        }
        return table;
    }

    @Override
    public void table(String name, List<String> columns, boolean clear) {
        finish();
        DatabaseSchema.Table table = target(schema, name);
        List<String> names = columns.stream().map(column -> column.substring(0, Math.max(0, column.indexOf(':')))).toList();
        for (String plain : LegacyHistory.holds(name) ? List.<String>of() : names) {
            if (table.columns().stream().noneMatch(c -> c.name().equals(plain))) {
                throw new ManagerException(ErrorCode.ARCHIVE_VERSION, "The archive holds column " + name + "." + plain
                        + ", which this server's database does not have. Nothing was changed.");
            }
        }
        if (clear && manifest.type() == BackupType.FULL) {
            throw ArchiveReader.corrupt("a full backup holds keys to clear in table " + name);
        }
        if (clear && !LegacyHistory.holds(name) && !names.equals(table.keyColumns().stream().map(DatabaseSchema.Column::name).toList())) {
            throw new ManagerException(ErrorCode.ARCHIVE_VERSION, "The archive names rows of " + name + " by " + names
                    + ", but this server's database keys them by other columns. Nothing was changed.");
        }
        if (!clear) {
            table.columns().stream().filter(c -> !names.contains(c.name())).forEach(c -> absent.add(name + "." + c.name()));
        }
        current = name;
        clearing = clear;
        count = 0;
    }

    @Override
    public void row(List<Object> values) {
        count++;
    }

    /** A sink that hands each table and row to this checker first, then to {@code next}. */
    ArchiveReader.RowSink then(ArchiveReader.RowSink next) {
        return new ArchiveReader.RowSink() {
            @Override
            public void table(String name, List<String> columns, boolean clear) {
                ArchiveChecker.this.table(name, columns, clear);
                next.table(name, columns, clear);
            }

            @Override
            public void row(List<Object> values) {
                count++;
                next.row(values);
            }
        };
    }

    /** Called after the last row of a block: the count must be the manifest's. */
    void finish() {
        if (current == null) {
            return;
        }
        Manifest.TableCount expected = section.tables().stream().filter(t -> t.table().equals(current)).findFirst().orElse(null);
        long wanted = expected == null ? -1 : clearing ? expected.cleared() : expected.rows();
        if (wanted != count) {
            throw ArchiveReader.corrupt("table " + current + " holds " + count + (clearing ? " keys to clear" : " rows")
                    + ", the manifest says " + wanted);
        }
        (clearing ? cleared : rows).merge(current, count, Long::sum);
        current = null;
    }
}

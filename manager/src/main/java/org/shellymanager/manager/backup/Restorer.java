package org.shellymanager.manager.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.SecretCipher;

/**
 * Restores an archive, or a chain of them (a full backup and the incremental or differential archives that follow
 * it), into an empty database of any supported kind, in one transaction: every checksum and every row of every
 * member is checked before the first row is written, and a failure while writing rolls everything back. The chain
 * ends in the exact state of its last member, deletions included.
 */
final class Restorer {

    private static final int BATCH = SectionPipeline.BATCH;

    private final DataSource dataSource;
    private final SecretCipher secrets;

    Restorer(DataSource dataSource, SecretCipher secrets) {
        this.dataSource = dataSource;
        this.secrets = secrets;
    }

    RestoreReport restore(ArchiveReader archive, char[] passphrase, Set<String> only, boolean dryRun, LongConsumer progress) {
        return restore(List.of(archive), passphrase, only, dryRun, progress);
    }

    /** Restores the chain, oldest first; all members share the passphrase. */
    RestoreReport restore(List<ArchiveReader> chain, char[] passphrase, Set<String> only, boolean dryRun, LongConsumer progress) {
        BackupChain.check(chain.stream().map(ArchiveReader::manifest).toList());
        List<ArchiveKey> keys = new ArrayList<>();
        for (ArchiveReader member : chain) {
            member.verifyChecksums();
            keys.add(member.key(passphrase));
        }
        Manifest last = chain.getLast().manifest();
        List<String> unknown = only.stream().filter(name -> last.sections().stream().noneMatch(s -> s.name().equals(name))).toList();
        if (!unknown.isEmpty()) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "The archive has no section " + unknown + "; it has "
                    + last.sections().stream().map(Manifest.Section::name).toList() + ".");
        }
        try (Connection connection = dataSource.getConnection()) {
            DatabaseSchema schema = DatabaseSchema.read(connection);
            String targetVersion = DatabaseSchema.migrationVersion(connection);
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, Long> cleared = new LinkedHashMap<>();
            Set<String> absent = new HashSet<>();
            for (ArchiveReader member : chain) {
                Manifest manifest = member.manifest();
                if (DatabaseSchema.compareVersions(manifest.schemaVersion(), targetVersion) > 0) {
                    throw new ManagerException(ErrorCode.ARCHIVE_VERSION, "The archive holds schema version "
                            + manifest.schemaVersion() + ", newer than this server's " + targetVersion
                            + ". Upgrade Shelly Manager, then restore. Nothing was changed.");
                }
                ArchiveChecker.requireTables(schema, chosen(manifest, only));
                if (dryRun || member != chain.getFirst()) {
                    for (Manifest.Section section : chosen(manifest, only)) {
                        ArchiveChecker checker = new ArchiveChecker(schema, manifest, section, counts, cleared, absent);
                        member.read(section, keys.get(chain.indexOf(member)), checker);
                        checker.finish();
                    }
                }
            }
            boolean accountsReplaced = !dryRun && write(connection, schema, chain, keys, only,
                    section -> new ArchiveChecker(schema, chain.getFirst().manifest(), section, counts, cleared, absent), absent, progress);
            return new RestoreReport(dryRun, last, chosen(last, only).stream().map(Manifest.Section::name).toList(), counts,
                    cleared, chain.stream().map(m -> m.manifest().backupType()).toList(), accountsReplaced);
        } catch (SQLException | RestoreFailure e) {
            throw new ManagerException(ErrorCode.SERVER_ERROR, "The restore failed and was rolled back; nothing was "
                    + "changed: " + e.getMessage());
        }
    }

    private static List<Manifest.Section> chosen(Manifest manifest, Set<String> only) {
        return manifest.sections().stream().filter(s -> only.isEmpty() || only.contains(s.name())).toList();
    }

    /**
     * Writes the chain in one transaction; answers whether the archive's accounts replaced the target's. The full
     * backup's sections are checked as they are inserted ({@code checking} gives each section's checker), so they
     * are decoded once: a failed check rolls back like a refused row. Each of them is decoded and checked on a reader
     * thread ({@link SectionPipeline}) while this thread inserts the rows decoded before.
     */
    private boolean write(Connection connection, DatabaseSchema schema, List<ArchiveReader> chain, List<ArchiveKey> keys,
                          Set<String> only, Function<Manifest.Section, ArchiveChecker> checking, Set<String> absent,
                          LongConsumer progress) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            ChangeTracking.suspend(connection, true);
            ArchiveReader full = chain.getFirst();
            List<Manifest.Section> sections = chosen(full.manifest(), only);
            boolean accountsArchived = chain.stream().flatMap(m -> chosen(m.manifest(), only).stream())
                    .flatMap(s -> s.tables().stream()).anyMatch(t -> t.table().equals("accounts") && t.rows() > 0);
            List<DatabaseSchema.Table> tables = sections.stream().flatMap(s -> s.tables().stream()).map(t -> schema.table(LegacyHistory.holds(t.table())
                    ? LegacyHistory.replacement(t.table()) : t.table()))
                    .toList();
            boolean accountsReplaced = RestoreTarget.prepare(connection, schema, tables, accountsArchived);
            List<DatabaseSchema.Table> filled = tables.stream().filter(RestoreTarget::empty).toList();
            List<String> indexes = BulkIndexes.drop(connection, filled);
            boolean untracked = ChangeTracking.untrack(connection, schema, filled);
            for (Manifest.Section section : sections) {
                ArchiveChecker checker = checking.apply(section);
                Inserter inserter = new Inserter(connection, schema, progress);
                SectionPipeline.run(section.name(), decoded -> {
                    full.read(section, keys.getFirst(), checker.then(decoded));
                    checker.finish();
                }, LegacyHistory.routing(inserter, new LegacyHistory(connection, LegacyHistory.Mode.ADD)));
                inserter.finish();
            }
            BulkIndexes.create(connection, indexes);
            for (int i = 1; i < chain.size(); i++) {
                for (boolean clearing : new boolean[] {true, false}) {
                    ChangeApplier applier = new ChangeApplier(connection, schema, secrets, clearing, progress);
                    ArchiveReader.RowSink sink = LegacyHistory.routing(applier, new LegacyHistory(connection,
                            clearing ? LegacyHistory.Mode.CLEAR : LegacyHistory.Mode.REPLACE));
                    for (Manifest.Section section : chosen(chain.get(i).manifest(), only)) {
                        chain.get(i).read(section, keys.get(i), sink);
                    }
                    applier.close();
                }
            }
            RestoreTarget.deriveAbsentColumns(connection, absent);
            if (untracked) {
                ChangeTracking.retrack(connection, schema, filled);
            }
            ChangeTracking.suspend(connection, false);
            ChangeTracking.restartLineage(connection);
            connection.commit();
            return accountsReplaced;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Inserts a section's rows in batches on the restore's thread, converting each value to the target column's type. */
    private final class Inserter implements ArchiveReader.RowSink {

        private final Connection connection;
        private final DatabaseSchema schema;
        private final LongConsumer progress;
        private PreparedStatement insert;
        private List<DatabaseSchema.Column> columns;
        private int pending;

        Inserter(Connection connection, DatabaseSchema schema, LongConsumer progress) {
            this.connection = connection;
            this.schema = schema;
            this.progress = progress;
        }

        @Override
        public void table(String name, List<String> archived, boolean clear) {
            try {
                finish();
                DatabaseSchema.Table table = schema.table(name);
                columns = new ArrayList<>();
                for (String column : archived) {
                    String plain = column.substring(0, column.indexOf(':'));
                    columns.add(table.columns().stream().filter(c -> c.name().equals(plain)).findFirst().orElseThrow());
                }
                insert = connection.prepareStatement("INSERT INTO " + schema.q(table.actualName()) + " ("
                        + columns.stream().map(c -> schema.q(c.actualName())).collect(Collectors.joining(", ")) + ") VALUES ("
                        + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
            } catch (SQLException e) {
                throw new RestoreFailure(e);
            }
        }

        @Override
        public void row(List<Object> values) {
            try {
                for (int i = 0; i < values.size(); i++) {
                    ColumnValues.bind(insert, i + 1, columns.get(i), values.get(i), secrets);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new RestoreFailure(e);
            }
        }

        void finish() throws SQLException {
            if (insert != null) {
                flush();
                insert.close();
                insert = null;
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                progress.accept(pending);
                pending = 0;
            }
        }
    }

    /** A database error while inserting, carried out of a row callback. */
    static final class RestoreFailure extends RuntimeException {

        RestoreFailure(SQLException cause) {
            super("the database refused a row: " + cause.getMessage(), cause);
        }
    }
}

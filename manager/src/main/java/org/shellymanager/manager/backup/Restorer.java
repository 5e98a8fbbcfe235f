package org.shellymanager.manager.backup;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.SecretCipher;

/**
 * Restores an archive into an empty database of any supported kind, in one transaction: every checksum and every
 * row is checked before the first row is written, and a failure while writing rolls everything back.
 */
final class Restorer {

    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final SecretCipher secrets;

    Restorer(DataSource dataSource, SecretCipher secrets) {
        this.dataSource = dataSource;
        this.secrets = secrets;
    }

    RestoreReport restore(ArchiveReader archive, char[] passphrase, Set<String> only, boolean dryRun, LongConsumer progress) {
        archive.verifyChecksums();
        ArchiveKey key = archive.key(passphrase);
        Manifest manifest = archive.manifest();
        List<Manifest.Section> sections = manifest.sections().stream()
                .filter(s -> only.isEmpty() || only.contains(s.name())).toList();
        List<String> unknown = only.stream().filter(name -> manifest.sections().stream().noneMatch(s -> s.name().equals(name))).toList();
        if (!unknown.isEmpty()) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "The archive has no section " + unknown + "; it has "
                    + manifest.sections().stream().map(Manifest.Section::name).toList() + ".");
        }
        try (Connection connection = dataSource.getConnection()) {
            DatabaseSchema schema = DatabaseSchema.read(connection);
            String targetVersion = DatabaseSchema.migrationVersion(connection);
            if (DatabaseSchema.compareVersions(manifest.schemaVersion(), targetVersion) > 0) {
                throw new ManagerException(ErrorCode.ARCHIVE_VERSION, "The archive holds schema version "
                        + manifest.schemaVersion() + ", newer than this server's " + targetVersion
                        + ". Upgrade Shelly Manager, then restore. Nothing was changed.");
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Manifest.Section section : sections) {
                Checker checker = new Checker(schema, section, counts);
                archive.read(section, key, checker);
                checker.finish();
            }
            if (!dryRun) {
                write(connection, schema, archive, key, sections, progress);
            }
            return new RestoreReport(dryRun, manifest, sections.stream().map(Manifest.Section::name).toList(), counts);
        } catch (SQLException | RestoreFailure e) {
            throw new ManagerException(ErrorCode.SERVER_ERROR, "The restore failed and was rolled back; nothing was "
                    + "changed: " + e.getMessage());
        }
    }

    private void write(Connection connection, DatabaseSchema schema, ArchiveReader archive, ArchiveKey key,
                       List<Manifest.Section> sections, LongConsumer progress) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Manifest.Section section : sections) {
                for (Manifest.TableCount table : section.tables()) {
                    requireEmpty(connection, schema, schema.table(table.table()));
                }
            }
            for (Manifest.Section section : sections) {
                Inserter inserter = new Inserter(connection, schema, progress);
                archive.read(section, key, inserter);
                inserter.finish();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void requireEmpty(Connection connection, DatabaseSchema schema, DatabaseSchema.Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + schema.q(table.actualName()))) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new ManagerException(ErrorCode.RESTORE_TARGET_NOT_EMPTY, "Table " + table.name() + " already holds "
                        + rs.getLong(1) + " rows: restore into an empty database (a fresh data directory or database). "
                        + "Nothing was changed.");
            }
        }
    }

    /** Checks that every table and column of the archive exists in the target and counts rows against the manifest. */
    private static final class Checker implements ArchiveReader.RowSink {

        private final DatabaseSchema schema;
        private final Manifest.Section section;
        private final Map<String, Long> counts;
        private String current;

        Checker(DatabaseSchema schema, Manifest.Section section, Map<String, Long> counts) {
            this.schema = schema;
            this.section = section;
            this.counts = counts;
        }

        @Override
        public void table(String name, List<String> columns) {
            finish();
            DatabaseSchema.Table table = schema.table(name);
            if (table == null) {
                throw new ManagerException(ErrorCode.ARCHIVE_VERSION, "The archive holds table " + name
                        + ", which this server's database does not have. Nothing was changed.");
            }
            for (String column : columns) {
                String plain = column.substring(0, column.indexOf(':'));
                if (table.columns().stream().noneMatch(c -> c.name().equals(plain))) {
                    throw new ManagerException(ErrorCode.ARCHIVE_VERSION, "The archive holds column " + name + "." + plain
                            + ", which this server's database does not have. Nothing was changed.");
                }
            }
            current = name;
            counts.put(name, 0L);
        }

        @Override
        public void row(List<Object> values) {
            counts.merge(current, 1L, Long::sum);
        }

        /** Called after the last row of a table: the count must be the manifest's. */
        void finish() {
            if (current == null) {
                return;
            }
            long expected = section.tables().stream().filter(t -> t.table().equals(current)).mapToLong(Manifest.TableCount::rows)
                    .findFirst().orElse(-1);
            if (expected != counts.get(current)) {
                throw ArchiveReader.corrupt("table " + current + " holds " + counts.get(current) + " rows, the manifest says "
                        + expected);
            }
        }
    }

    /** Inserts a section's rows in batches, converting each value to the target column's type. */
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
        public void table(String name, List<String> archived) {
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
                    bind(insert, i + 1, columns.get(i), values.get(i));
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

    private void bind(PreparedStatement insert, int index, DatabaseSchema.Column column, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, column.jdbcType());
            return;
        }
        switch (column.kind()) {
            case BOOLEAN -> insert.setBoolean(index, value instanceof Boolean b ? b : ((Number) value).longValue() != 0);
            case INTEGER -> insert.setLong(index, value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue());
            case DECIMAL -> insert.setBigDecimal(index, value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue()));
            case BINARY -> insert.setBytes(index, Base64.getDecoder().decode((String) value));
            case TEXT -> insert.setString(index, value instanceof ArchiveReader.Secret secret ? secrets.seal(secret.plain())
                    : String.valueOf(value));
        }
    }

    /** A database error while inserting, carried out of a row callback. */
    static final class RestoreFailure extends RuntimeException {

        RestoreFailure(SQLException cause) {
            super("the database refused a row: " + cause.getMessage(), cause);
        }
    }
}

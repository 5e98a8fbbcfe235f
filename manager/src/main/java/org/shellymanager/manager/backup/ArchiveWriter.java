package org.shellymanager.manager.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.shellymanager.device.Sha256;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.SecretCipher;

/**
 * Writes a backup of every application table into a {@code .sma} archive: all rows (full), or the rows changed
 * since a parent archive (incremental, differential; see {@link ChangedRows}). Read in one transaction so the
 * archive is one consistent state, and written to a temporary file that replaces the target only when complete.
 */
final class ArchiveWriter {

    private final DataSource dataSource;
    private final SecretCipher secrets;
    private final String appVersion;

    ArchiveWriter(DataSource dataSource, SecretCipher secrets, String appVersion) {
        this.dataSource = dataSource;
        this.secrets = secrets;
        this.appVersion = appVersion;
    }

    /** Writes a full backup to {@code target}; {@code progress} hears each row written. */
    Manifest write(Path target, char[] passphrase, Instant now, LongConsumer progress) throws IOException, SQLException {
        return write(target, passphrase, now, BackupType.FULL, null, progress);
    }

    /**
     * Writes an archive of the given type to {@code target}; {@code parent} is the manifest of the archive it
     * continues (null for a full backup), which must belong to this database's current change lineage.
     */
    Manifest write(Path target, char[] passphrase, Instant now, BackupType type, Manifest parent, LongConsumer progress)
            throws IOException, SQLException {
        ArchiveKey key = passphrase == null ? null : ArchiveKey.create(passphrase);
        long through = new ChangeTracking(dataSource).watermark();
        Path work = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".sma-");
        try {
            Snapshot read = read(type, parent, key, work, progress);
            String lineage = read.tracking().lineage();
            Manifest.Chain chain = lineage == null ? null : new Manifest.Chain(java.util.UUID.randomUUID().toString(),
                    parent == null ? null : parent.chain().backupId(), lineage, read.since(), through);
            List<Manifest.Section> sections = read.sections();
            Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, appVersion, read.version(), now,
                    read.schema().product() + " " + read.schema().version(), type.name(), Compression.WRITTEN.manifestName(),
                    key == null ? null : key.encryption(), sections, chain);
            Path partial = work.resolve("archive.sma");
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                zip.setLevel(Deflater.NO_COMPRESSION);
                zip.putNextEntry(new ZipEntry(ArchiveReader.MANIFEST));
                zip.write(Archives.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                for (Manifest.Section section : sections) {
                    zip.putNextEntry(new ZipEntry(section.entry()));
                    Files.copy(work.resolve(section.name()), zip);
                    zip.closeEntry();
                }
            }
            try (var channel = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    /** What one read transaction gave: the tracking state, the change number continued from, the sections written. */
    private record Snapshot(ChangeTracking.State tracking, Long since, DatabaseSchema schema, String version,
                            List<Manifest.Section> sections) {
    }

    private Snapshot read(BackupType type, Manifest parent, ArchiveKey key, Path work, LongConsumer progress)
            throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean sqlite = connection.getMetaData().getDatabaseProductName().equals("SQLite");
            beginSnapshot(connection, sqlite);
            try {
                ChangeTracking.State tracking = ChangeTracking.state(connection);
                Long since = parent == null ? null : continuedFrom(type, parent, tracking);
                DatabaseSchema schema = DatabaseSchema.read(connection);
                String version = DatabaseSchema.migrationVersion(connection);
                RowEncoder encoder = new RowEncoder(secrets, key != null);
                List<Manifest.Section> sections = new ArrayList<>();
                for (Map.Entry<String, List<DatabaseSchema.Table>> group : schema.sections().entrySet()) {
                    String entry = "sections/" + group.getKey() + ArchiveReader.BINARY_ROWS + Compression.WRITTEN.suffix() + (key == null ? "" : ".aes");
                    sections.add(section(connection, schema, group.getKey(), entry, group.getValue(), key, work,
                            since == null ? new FullTables(connection, schema, encoder, progress)
                                    : new ChangedTables(new ChangedRows(connection, schema, encoder, progress), since)));
                }
                endSnapshot(connection, sqlite, true);
                return new Snapshot(tracking, since, schema, version, sections);
            } catch (IOException | SQLException | RuntimeException e) {
                endSnapshot(connection, sqlite, false);
                throw e;
            }
        }
    }

    private static void endSnapshot(Connection connection, boolean sqlite, boolean commit) throws SQLException {
        if (!sqlite) {
            if (commit) connection.commit(); else connection.rollback();
            return;
        }
        try (Statement end = connection.createStatement()) {
            end.execute(commit ? "COMMIT" : "ROLLBACK");
        }
    }

    /**
     * Starts the read transaction the whole archive comes from. SQLite's connections begin their transactions
     * IMMEDIATE (taking the write lock), so there a plain deferred one is begun by hand: a WAL read snapshot that
     * lets writers go on while the backup reads.
     */
    private static void beginSnapshot(Connection connection, boolean sqlite) throws SQLException {
        if (sqlite) {
            try (Statement begin = connection.createStatement()) {
                begin.execute("BEGIN DEFERRED");
            }
            return;
        }
        connection.setAutoCommit(false);
        if (connection.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
    }

    /** The change number an archive continuing {@code parent} starts after; refuses a parent this database cannot continue. */
    private static long continuedFrom(BackupType type, Manifest parent, ChangeTracking.State tracking) {
        if (type == BackupType.FULL) {
            throw new IllegalArgumentException("a full backup has no parent");
        }
        if (type == BackupType.DIFFERENTIAL && parent.type() != BackupType.FULL) {
            throw new IllegalArgumentException("a differential backup continues a full backup");
        }
        Manifest.Chain chain = parent.chain();
        if (chain == null || !chain.lineage().equals(tracking.lineage()) || chain.changesThrough() < tracking.prunedThrough()) {
            throw new ManagerException(ErrorCode.BACKUP_CHAIN_BROKEN, "The database's recorded changes no longer reach back "
                    + "to the archive this " + type.name().toLowerCase(java.util.Locale.ROOT) + " backup would continue (it "
                    + (chain == null ? "predates change tracking" : "belongs to an earlier history of this database, before a "
                    + "restore, an upgrade or a newer full backup") + "). Take a full backup first.");
        }
        return chain.changesThrough();
    }

    /** Writes one table's part of a section and returns its count. */
    private interface TableWriter {
        Manifest.TableCount write(DatabaseSchema.Table table, SectionOutput out) throws SQLException;
    }

    private record ChangedTables(ChangedRows rows, long since) implements TableWriter {
        @Override
        public Manifest.TableCount write(DatabaseSchema.Table table, SectionOutput out) throws SQLException {
            return rows.write(table, since, out);
        }
    }

    /** Every row of a table, in key order. */
    private record FullTables(Connection connection, DatabaseSchema schema, RowEncoder encoder, LongConsumer progress)
            implements TableWriter {
        @Override
        public Manifest.TableCount write(DatabaseSchema.Table table, SectionOutput out) throws SQLException {
            encoder.header(out, table.name(), table.columns(), false);
            List<String> order = table.primaryKey().isEmpty() ? table.columns().stream().map(DatabaseSchema.Column::name).toList()
                    : table.primaryKey();
            String sql = "SELECT " + table.columns().stream().map(c -> schema.q(c.actualName())).collect(Collectors.joining(", "))
                    + " FROM " + schema.q(table.actualName()) + " ORDER BY " + order.stream().map(schema::q).collect(Collectors.joining(", "));
            long rows = 0;
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1000);
                try (ResultSet rs = statement.executeQuery(sql)) {
                    while (rs.next()) {
                        encoder.row(out, rs, table.columns());
                        rows++;
                        progress.accept(1);
                    }
                }
            }
            return new Manifest.TableCount(table.name(), rows);
        }
    }

    private Manifest.Section section(Connection connection, DatabaseSchema schema, String name, String entry,
                                     List<DatabaseSchema.Table> tables, ArchiveKey key, Path work, TableWriter writer)
            throws IOException, SQLException {
        MessageDigest digest = Sha256.newDigest();
        List<Manifest.TableCount> counts = new ArrayList<>();
        Path file = work.resolve(name);
        try (OutputStream raw = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), digest);
             OutputStream sealed = key == null ? raw : key.encrypting(raw, entry);
             OutputStream compressed = Compression.compressing(sealed);
             SectionOutput out = new SectionOutput(compressed)) {
            for (DatabaseSchema.Table table : tables) {
                counts.add(writer.write(table, out));
            }
            out.writeByte(BinarySection.END);
        }
        return new Manifest.Section(name, entry, counts, Files.size(file), Sha256.hex(digest));
    }
}

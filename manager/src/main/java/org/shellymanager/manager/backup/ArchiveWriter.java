package org.shellymanager.manager.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.shellymanager.manager.security.SecretCipher;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a full backup of every application table into a {@code .sma} archive, read in one transaction so the
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

    /** Writes the archive to {@code target}; {@code progress} hears each row written. */
    Manifest write(Path target, char[] passphrase, Instant now, LongConsumer progress) throws IOException, SQLException {
        ArchiveKey key = passphrase == null ? null : ArchiveKey.create(passphrase);
        Path work = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".sma-");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (connection.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)
                    && !connection.getMetaData().getDatabaseProductName().equals("SQLite")) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            DatabaseSchema schema = DatabaseSchema.read(connection);
            String version = DatabaseSchema.migrationVersion(connection);
            List<Manifest.Section> sections = new ArrayList<>();
            for (Map.Entry<String, List<DatabaseSchema.Table>> group : schema.sections().entrySet()) {
                String entry = "sections/" + group.getKey() + ".jsonl.gz" + (key == null ? "" : ".aes");
                sections.add(section(connection, schema, group.getKey(), entry, group.getValue(), key, work, progress));
            }
            connection.commit();
            Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, appVersion, version, now,
                    schema.product() + " " + schema.version(), "FULL", "gzip", key == null ? null : key.encryption(), sections);
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

    private Manifest.Section section(Connection connection, DatabaseSchema schema, String name, String entry,
                                     List<DatabaseSchema.Table> tables, ArchiveKey key, Path work, LongConsumer progress)
            throws IOException, SQLException {
        MessageDigest digest = sha256();
        List<Manifest.TableCount> counts = new ArrayList<>();
        Path file = work.resolve(name);
        try (OutputStream raw = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), digest);
             OutputStream sealed = key == null ? raw : key.encrypting(raw, entry);
             OutputStream gzip = new GZIPOutputStream(sealed, 1 << 16);
             JsonGenerator json = Archives.JSON.createGenerator(gzip)) {
            for (DatabaseSchema.Table table : tables) {
                counts.add(new Manifest.TableCount(table.name(), table(connection, schema, table, json, key != null, progress)));
            }
        }
        return new Manifest.Section(name, entry, counts, Files.size(file), HexFormat.of().formatHex(digest.digest()));
    }

    private long table(Connection connection, DatabaseSchema schema, DatabaseSchema.Table table, JsonGenerator json,
                       boolean encrypted, LongConsumer progress) throws SQLException {
        json.writeStartObject();
        json.writeStringProperty("table", table.name());
        json.writeArrayPropertyStart("columns");
        for (DatabaseSchema.Column column : table.columns()) {
            json.writeString(column.name() + ":" + column.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        List<String> order = table.primaryKey().isEmpty() ? table.columns().stream().map(DatabaseSchema.Column::name).toList()
                : table.primaryKey();
        String sql = "SELECT " + table.columns().stream().map(c -> schema.q(c.actualName())).collect(Collectors.joining(", "))
                + " FROM " + schema.q(table.actualName()) + " ORDER BY " + order.stream().map(schema::q).collect(Collectors.joining(", "));
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    json.writeStartArray();
                    for (int i = 0; i < table.columns().size(); i++) {
                        value(rs, i + 1, table.columns().get(i).kind(), json, encrypted);
                    }
                    json.writeEndArray();
                    json.writeRaw('\n');
                    rows++;
                    progress.accept(1);
                }
            }
        }
        return rows;
    }

    private void value(ResultSet rs, int index, ColumnKind kind, JsonGenerator json, boolean encrypted) throws SQLException {
        switch (kind) {
            case INTEGER -> {
                long value = rs.getLong(index);
                if (rs.wasNull()) json.writeNull(); else json.writeNumber(value);
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                if (rs.wasNull()) json.writeNull(); else json.writeBoolean(value);
            }
            case DECIMAL -> {
                var value = rs.getBigDecimal(index);
                if (value == null) json.writeNull(); else json.writeNumber(value);
            }
            case BINARY -> {
                byte[] value = rs.getBytes(index);
                if (value == null) json.writeNull(); else json.writeBinary(value);
            }
            case TEXT -> {
                String value = rs.getString(index);
                String secret = encrypted ? Archives.openSecret(secrets, value) : null;
                if (value == null) {
                    json.writeNull();
                } else if (secret != null) {
                    json.writeStartObject();
                    json.writeStringProperty(Archives.SECRET, secret);
                    json.writeEndObject();
                } else {
                    json.writeString(value);
                }
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

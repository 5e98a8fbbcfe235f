package org.shellymanager.manager.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.TestDatabase;
import org.shellymanager.manager.platform.TestDatabase.Kind;
import org.shellymanager.manager.security.SecretCipher;
import org.shellymanager.manager.telemetry.HourBlock;

class BackupRestoreTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final Instant NOW = Instant.parse("2025-06-07T09:00:00Z");

    @TempDir
    Path dir;

    static SecretCipher cipher(int seed) {
        byte[] key = new byte[SecretCipher.KEY_BYTES];
        Arrays.fill(key, (byte) seed);
        return new SecretCipher(key);
    }

    static void seed(DataSource dataSource, SecretCipher cipher) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 40; i++) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO devices (id, mac, device_id, model, generation, "
                        + "firmware, host, port, name, room, notes, status, online, auth_required, needs_credentials, credentials, "
                        + "capabilities, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    Object[] values = {"dev-" + i, String.format("A8032A%06X", i), "shelly-" + i, "SNSW-001P16EU", 2, "1.4.4",
                            "192.168.1." + i, 80, i % 3 == 0 ? null : "Küche \"" + i + "\"\n\u0001", i % 2 == 0 ? "Hall" : null,
                            i == 7 ? "x".repeat(10_000) : null, "ACTIVE", i % 2 == 0, i % 4 == 0, false,
                            i % 4 == 0 ? cipher.seal("{\"user\":\"admin\",\"password\":\"pw" + i + "\"}") : null, "switch,metering",
                            1_700_000_000_000L + i, 1_750_000_000_000L + i};
                    for (int v = 0; v < values.length; v++) {
                        insert.setObject(v + 1, values[v]);
                    }
                    insert.executeUpdate();
                }
                try (PreparedStatement tag = c.prepareStatement("INSERT INTO device_tags (device_id, tag) VALUES (?, ?)")) {
                    tag.setString(1, "dev-" + i);
                    tag.setString(2, i % 2 == 0 ? "even" : "Odd");
                    tag.executeUpdate();
                }
            }
            try (PreparedStatement job = c.prepareStatement("INSERT INTO jobs (id, kind, parameters, state, started_by, created_at, "
                    + "progress_done, progress_total, summary) VALUES ('job-1', 'DISCOVERY', '{}', 'SUCCEEDED', 'api', 1, 2, 2, NULL)")) {
                job.executeUpdate();
            }
        }
    }

    private static Path backup(DataSource dataSource, SecretCipher cipher, Path file, char[] passphrase) throws Exception {
        new ArchiveWriter(dataSource, cipher, "test").write(file, passphrase, NOW, rows -> { });
        return file;
    }

    private static RestoreReport restore(DataSource dataSource, SecretCipher cipher, Path file, char[] passphrase,
                                         Set<String> sections, boolean dryRun) {
        try (ArchiveReader reader = ArchiveReader.open(file)) {
            return new Restorer(dataSource, cipher).restore(reader, passphrase, sections, dryRun, rows -> { });
        }
    }

    @Test
    void restoreChainSqlitePostgresqlMariadbSqliteEndsIdenticalWithSecretsResealed() throws Exception {
        try (TestDatabase sqlite = TestDatabase.create(Kind.SQLITE).migrated();
             TestDatabase postgres = TestDatabase.create(Kind.POSTGRESQL).migrated();
             TestDatabase mariadb = TestDatabase.create(Kind.MARIADB).migrated();
             TestDatabase last = TestDatabase.create(Kind.SQLITE).migrated()) {
            seed(sqlite.dataSource(), cipher(1));
            byte[] block = HourBlock.empty().with(3, new HourBlock.Bucket(-0.0, 2.25, 7.5, 4))
                    .with(23, new HourBlock.Bucket(1e-300, 1e300, Double.MAX_VALUE, 120)).encode();
            try (Connection c = sqlite.dataSource().getConnection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO telemetry_hour_days (series_id, day, block) "
                         + "VALUES (100, 86400000, ?)")) {
                c.createStatement().executeUpdate("INSERT INTO telemetry_series (id, device_id, channel, metric) "
                        + "VALUES (100, 'dev-1', 'switch:0', 'power')");
                insert.setBytes(1, block);
                insert.executeUpdate();
            }
            Path first = backup(sqlite.dataSource(), cipher(1), dir.resolve("1.sma"), PASSPHRASE);
            restore(postgres.dataSource(), cipher(2), first, PASSPHRASE, Set.of(), false);
            Path second = backup(postgres.dataSource(), cipher(2), dir.resolve("2.sma"), PASSPHRASE);
            restore(mariadb.dataSource(), cipher(3), second, PASSPHRASE, Set.of(), false);
            Path third = backup(mariadb.dataSource(), cipher(3), dir.resolve("3.sma"), PASSPHRASE);
            RestoreReport report = restore(last.dataSource(), cipher(4), third, PASSPHRASE, Set.of(), false);
            Path fourth = backup(last.dataSource(), cipher(4), dir.resolve("4.sma"), PASSPHRASE);

            assertThat(report.rows()).containsEntry("devices", 40L).containsEntry("device_tags", 40L).containsEntry("jobs", 1L)
                    .containsEntry("telemetry_hour_days", 1L);
            Map<String, List<List<Object>>> before = Archived.rows(first, PASSPHRASE);
            assertThat(before.keySet()).anyMatch(key -> key.startsWith("devices "));
            assertThat(Archived.rows(fourth, PASSPHRASE)).isEqualTo(before);
            try (Connection c = last.dataSource().getConnection();
                 var rs = c.createStatement().executeQuery("SELECT block FROM telemetry_hour_days")) {
                rs.next();
                assertThat(rs.getBytes(1)).as("a day block, bit for bit after three databases").isEqualTo(block);
            }
            try (Connection c = last.dataSource().getConnection();
                 var rs = c.createStatement().executeQuery("SELECT credentials FROM devices WHERE id = 'dev-4'")) {
                rs.next();
                assertThat(cipher(4).open(rs.getString(1))).isEqualTo("{\"user\":\"admin\",\"password\":\"pw4\"}");
            }
        }
    }

    @Test
    void binaryDecimalAndFloatingValuesSurviveSqlitePostgresqlMariadbByteForByte() throws Exception {
        byte[] large = new byte[70_000];
        new java.util.Random(7).nextBytes(large);
        try (TestDatabase sqlite = TestDatabase.create(Kind.SQLITE).migrated();
             TestDatabase postgres = TestDatabase.create(Kind.POSTGRESQL).migrated();
             TestDatabase mariadb = TestDatabase.create(Kind.MARIADB).migrated()) {
            createPayloads(sqlite, "BLOB");
            createPayloads(postgres, "BYTEA");
            createPayloads(mariadb, "LONGBLOB");
            try (Connection c = sqlite.dataSource().getConnection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO payloads (id, payload, reading, amount) VALUES (?, ?, ?, ?)")) {
                Object[][] rows = {{1, large, 0.1 + 0.2, new java.math.BigDecimal("1234.5")}, {2, new byte[] {0, -1, 10}, -1e-300, null},
                        {3, null, null, new java.math.BigDecimal("-7")}};
                for (Object[] row : rows) {
                    for (int v = 0; v < row.length; v++) {
                        insert.setObject(v + 1, row[v]);
                    }
                    insert.executeUpdate();
                }
            }
            Path first = backup(sqlite.dataSource(), cipher(1), dir.resolve("p1.sma"), null);
            restore(postgres.dataSource(), cipher(2), first, null, Set.of(), false);
            Path second = backup(postgres.dataSource(), cipher(2), dir.resolve("p2.sma"), PASSPHRASE);
            restore(mariadb.dataSource(), cipher(3), second, PASSPHRASE, Set.of(), false);

            try (Connection c = mariadb.dataSource().getConnection();
                 var rs = c.createStatement().executeQuery("SELECT payload, reading, amount FROM payloads ORDER BY id")) {
                rs.next();
                assertThat(rs.getBytes(1)).isEqualTo(large);
                assertThat(rs.getDouble(2)).isEqualTo(0.1 + 0.2);
                assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("1234.5");
                rs.next();
                assertThat(rs.getBytes(1)).containsExactly(0, -1, 10);
                assertThat(rs.getDouble(2)).isEqualTo(-1e-300);
                assertThat(rs.getBigDecimal(3)).isNull();
                rs.next();
                assertThat(rs.getBytes(1)).isNull();
                assertThat(rs.getObject(2)).isNull();
                assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("-7");
            }
        }
    }

    private static void createPayloads(TestDatabase database, String binaryType) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.createStatement().execute("CREATE TABLE payloads (id INTEGER NOT NULL PRIMARY KEY, payload " + binaryType
                    + ", reading DOUBLE PRECISION, amount DECIMAL(12, 3))");
        }
    }

    @Test
    void withoutThePassphraseOnlyTheManifestIsReadable() throws Exception {
        try (TestDatabase source = TestDatabase.create(Kind.SQLITE).migrated()) {
            seed(source.dataSource(), cipher(1));
            Path file = backup(source.dataSource(), cipher(1), dir.resolve("e.sma"), PASSPHRASE);
            try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
                String manifest = Files.readString(zip.getPath("manifest.json"));
                assertThat(manifest).contains("\"cipher\" : \"AES-256-GCM\"", "\"kdf\" : \"argon2id\"", "\"rows\" : 40");
                byte[] section = Files.readAllBytes(zip.getPath("sections/devices.rows.zst.aes"));
                assertThat(new String(section, StandardCharsets.ISO_8859_1)).doesNotContain("A8032A", "Hall");
            }
            try (ArchiveReader reader = ArchiveReader.open(file)) {
                reader.verifyChecksums();
                assertThat(reader.manifest().encryption().kdf()).isEqualTo("argon2id");
            }
        }
    }

    @Test
    void refusesDamagedTruncatedWrongPassphraseAndFutureArchivesAndChangesNothing() throws Exception {
        try (TestDatabase source = TestDatabase.create(Kind.SQLITE).migrated();
             TestDatabase target = TestDatabase.create(Kind.SQLITE).migrated()) {
            seed(source.dataSource(), cipher(1));
            Path good = backup(source.dataSource(), cipher(1), dir.resolve("good.sma"), PASSPHRASE);

            Path corrupted = flipByteInSection(good, dir.resolve("corrupted.sma"));
            assertRefused(target, corrupted, PASSPHRASE, ErrorCode.ARCHIVE_CORRUPT, "SHA-256");

            Path truncated = dir.resolve("truncated.sma");
            byte[] bytes = Files.readAllBytes(good);
            Files.write(truncated, Arrays.copyOf(bytes, bytes.length * 2 / 3));
            assertRefused(target, truncated, PASSPHRASE, ErrorCode.ARCHIVE_CORRUPT, "truncated");

            assertRefused(target, good, "wrong".toCharArray(), ErrorCode.ARCHIVE_PASSPHRASE, "does not open");
            assertRefused(target, good, null, ErrorCode.ARCHIVE_PASSPHRASE, "encrypted");

            Path future = rewriteManifest(good, dir.resolve("future.sma"), "\"formatVersion\" : " + Manifest.FORMAT_VERSION,
                    "\"formatVersion\" : " + (Manifest.FORMAT_VERSION + 1));
            assertRefused(target, future, PASSPHRASE, ErrorCode.ARCHIVE_VERSION, "newer Shelly Manager");

            Path newerSchema = rewriteManifest(good, dir.resolve("schema.sma"), "\"schemaVersion\" : \"", "\"schemaVersion\" : \"9999.");
            assertRefused(target, newerSchema, PASSPHRASE, ErrorCode.ARCHIVE_VERSION, "Upgrade Shelly Manager");

            Path garbledSchema = rewriteManifest(good, dir.resolve("garbled.sma"), "\"schemaVersion\" : \"", "\"schemaVersion\" : \"I");
            assertRefused(target, garbledSchema, PASSPHRASE, ErrorCode.ARCHIVE_CORRUPT, "schema version");
        }
    }

    @Test
    void aRowCountFoundWrongOnTheReaderThreadAfterBatchesWereInsertedRollsBackAndLeavesNoThread() throws Exception {
        try (TestDatabase source = TestDatabase.create(Kind.SQLITE).migrated();
             TestDatabase target = TestDatabase.create(Kind.SQLITE).migrated()) {
            seed(source.dataSource(), cipher(1));
            try (Connection c = source.dataSource().getConnection();
                 PreparedStatement tag = c.prepareStatement("INSERT INTO device_tags (device_id, tag) VALUES ('dev-0', ?)")) {
                for (int i = 0; i < 2 * SectionPipeline.BATCH; i++) {
                    tag.setString(1, "tag-" + i);
                    tag.addBatch();
                }
                tag.executeBatch();
            }
            Path good = backup(source.dataSource(), cipher(1), dir.resolve("good.sma"), null);
            long tags = 40 + 2 * SectionPipeline.BATCH;
            Path miscounted = rewriteManifest(good, dir.resolve("miscounted.sma"), "\"rows\" : " + tags, "\"rows\" : " + (tags + 1));
            new ChangeTracking(target.dataSource()).install();

            assertRefused(target, miscounted, null, ErrorCode.ARCHIVE_CORRUPT, "table device_tags holds " + tags
                    + " rows, the manifest says " + (tags + 1));
            assertThat(count(target, "device_tags")).isZero();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("restore-reader"));
            try (Connection c = target.dataSource().getConnection()) {
                assertThat(ChangeTriggers.of(c).installed(c)).as("the triggers the restore removed came back with the rollback")
                        .isEqualTo(ChangeTriggers.of(c).expected(DatabaseSchema.read(c)));
            }
        }
    }

    @Test
    void dryRunAndSelectiveRestoreAndNonEmptyTargets() throws Exception {
        try (TestDatabase source = TestDatabase.create(Kind.SQLITE).migrated();
             TestDatabase target = TestDatabase.create(Kind.SQLITE).migrated()) {
            seed(source.dataSource(), cipher(1));
            Path plain = backup(source.dataSource(), cipher(1), dir.resolve("plain.sma"), null);

            RestoreReport dry = restore(target.dataSource(), cipher(2), plain, null, Set.of(), true);
            assertThat(dry.dryRun()).isTrue();
            assertThat(dry.rows()).containsEntry("devices", 40L);
            assertThat(count(target, "devices")).isZero();

            RestoreReport jobsOnly = restore(target.dataSource(), cipher(2), plain, null, Set.of("jobs"), false);
            assertThat(jobsOnly.rows()).containsKeys("jobs", "job_results").doesNotContainKeys("devices", "device_tags");
            assertThat(count(target, "jobs")).isEqualTo(1);
            assertThat(count(target, "devices")).isZero();

            assertThatThrownBy(() -> restore(target.dataSource(), cipher(2), plain, null, Set.of(), false))
                    .isInstanceOfSatisfying(ManagerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESTORE_TARGET_NOT_EMPTY));
            assertThat(count(target, "devices")).isZero();
            assertThatThrownBy(() -> restore(target.dataSource(), cipher(2), plain, null, Set.of("nope"), false))
                    .hasMessageContaining("no section [nope]");
        }
    }

    private void assertRefused(TestDatabase target, Path file, char[] passphrase, ErrorCode code, String message) throws SQLException {
        assertThatThrownBy(() -> restore(target.dataSource(), cipher(2), file, passphrase, Set.of(), false))
                .isInstanceOfSatisfying(ManagerException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(count(target, "devices")).isZero();
        assertThat(count(target, "jobs")).isZero();
    }

    private static long count(TestDatabase database, String table) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path flipByteInSection(Path source, Path target) throws IOException {
        Files.copy(source, target);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + target.toUri()), Map.of())) {
            Path section = zip.getPath("sections/devices.rows.zst.aes");
            byte[] bytes = Files.readAllBytes(section);
            bytes[bytes.length / 2] ^= 0x01;
            try (OutputStream out = Files.newOutputStream(section, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(bytes);
            }
        }
        return target;
    }

    private static Path rewriteManifest(Path source, Path target, String from, String to) throws IOException {
        Files.copy(source, target);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + target.toUri()), Map.of())) {
            Path manifest = zip.getPath("manifest.json");
            String text = Files.readString(manifest);
            assertThat(text).contains(from);
            Files.writeString(manifest, text.replace(from, to), StandardOpenOption.TRUNCATE_EXISTING);
        }
        return target;
    }
}

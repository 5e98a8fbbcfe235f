package org.shellymanager.manager.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.TestDatabase;
import org.shellymanager.manager.platform.TestDatabase.Kind;
import org.shellymanager.manager.security.SecretCipher;
import org.shellymanager.manager.telemetry.HourBlock;

/**
 * Incremental and differential backups on each database: a chain restores into an empty database to exactly the
 * state its last archive was taken in (updates, inserts, deletions with their cascades, rows of tables without a
 * primary key, a unique value moving to a new row), and a chain with a missing or foreign member is refused.
 */
class IncrementalBackupTest {

    private static final char[] PASSPHRASE = null;
    private static final SecretCipher CIPHER = BackupRestoreTest.cipher(1);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aChainOfIncrementalsAndADifferentialRestoreToTheExactStateOfTheirLastArchive(Kind kind) throws Exception {
        try (TestDatabase source = tracked(kind); TestDatabase incremental = tracked(kind); TestDatabase differential = tracked(kind)) {
            BackupRestoreTest.seed(source.dataSource(), CIPHER);
            sql(source, "INSERT INTO telemetry_series (id, device_id, channel, metric) VALUES "
                    + "(1, 'dev-1', 'switch:0', 'power'), (2, 'dev-2', 'switch:0', 'power')");
            sql(source, "INSERT INTO telemetry_points (series_id, ts, reading) VALUES (1, 1000, 12.5), (1, 2000, 13.25), "
                    + "(2, 1000, 7.0)");
            Manifest full = write(source, "full.sma", BackupType.FULL, null);

            sql(source, "UPDATE devices SET name = 'Renamed', online = " + bool(kind, true) + " WHERE id = 'dev-3'");
            sql(source, "DELETE FROM devices WHERE id = 'dev-5'");
            sql(source, "DELETE FROM telemetry_points WHERE ts = 2000");
            sql(source, "INSERT INTO telemetry_points (series_id, ts, reading) VALUES (2, 3000, 8.5)");
            sql(source, "INSERT INTO device_tags (device_id, tag) VALUES ('dev-3', 'new-tag')");
            sql(source, "INSERT INTO settings (name, setting, updated_at) VALUES ('polling', 'fast', 1)");
            Manifest first = write(source, "i1.sma", BackupType.INCREMENTAL, full);

            sql(source, "UPDATE devices SET mac = 'FFFFFFFFFFFF' WHERE id = 'dev-6'");
            sql(source, "INSERT INTO devices (id, mac, device_id, model, generation, firmware, host, port, status, online, "
                    + "auth_required, needs_credentials, capabilities, first_seen, last_seen) SELECT 'dev-new', 'A8032A000006', "
                    + "'shelly-new', model, generation, firmware, host, port, status, online, auth_required, needs_credentials, "
                    + "capabilities, first_seen, last_seen FROM devices WHERE id = 'dev-6'");
            sql(source, "DELETE FROM device_tags WHERE device_id = 'dev-3' AND tag = 'new-tag'");
            sql(source, "UPDATE settings SET setting = 'slow', updated_at = 2 WHERE name = 'polling'");
            sql(source, "DELETE FROM jobs WHERE id = 'job-1'");
            Manifest second = write(source, "i2.sma", BackupType.INCREMENTAL, first);
            Manifest diff = write(source, "d.sma", BackupType.DIFFERENTIAL, full);
            Map<String, List<List<Object>>> expected = rows(source, "expected.sma");

            assertThat(second.sections().stream().flatMap(s -> s.tables().stream())
                    .filter(t -> t.table().equals("device_tags")).findFirst().orElseThrow().cleared()).isEqualTo(1);
            RestoreReport report = restore(incremental, "full.sma", "i1.sma", "i2.sma");
            assertThat(report.chain()).containsExactly("FULL", "INCREMENTAL", "INCREMENTAL");
            assertThat(rows(incremental, "after-incrementals.sma")).isEqualTo(expected);
            assertThat(count(incremental, "backup_changes")).isZero();
            try (Connection c = incremental.dataSource().getConnection()) {
                assertThat(ChangeTriggers.of(c).installed(c)).as("triggers removed for the restore are back")
                        .isEqualTo(ChangeTriggers.of(c).expected(DatabaseSchema.read(c)));
            }
            sql(incremental, "UPDATE devices SET name = 'After the restore' WHERE id = 'dev-3'");
            assertThat(count(incremental, "backup_changes")).as("a change after the restore is tracked").isEqualTo(1);

            restore(differential, "full.sma", "d.sma");
            assertThat(rows(differential, "after-differential.sma")).isEqualTo(expected);
            assertThat(diff.chain().changesSince()).isEqualTo(full.chain().changesThrough());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aChainWithAMissingOrForeignMemberIsRefusedAndNothingChanges(Kind kind) throws Exception {
        try (TestDatabase source = tracked(kind); TestDatabase other = tracked(kind); TestDatabase target = tracked(kind)) {
            BackupRestoreTest.seed(source.dataSource(), CIPHER);
            BackupRestoreTest.seed(other.dataSource(), CIPHER);
            Manifest full = write(source, "full.sma", BackupType.FULL, null);
            sql(source, "DELETE FROM devices WHERE id = 'dev-1'");
            Manifest first = write(source, "i1.sma", BackupType.INCREMENTAL, full);
            sql(source, "DELETE FROM devices WHERE id = 'dev-2'");
            write(source, "i2.sma", BackupType.INCREMENTAL, first);
            write(other, "other-full.sma", BackupType.FULL, null);

            assertChainRefused(target, "missing", "full.sma", "i2.sma");
            assertChainRefused(target, "missing", "i1.sma", "i2.sma");
            assertChainRefused(target, "missing", "other-full.sma", "i1.sma");
            assertThatThrownBy(() -> write(other, "foreign.sma", BackupType.INCREMENTAL, full))
                    .isInstanceOfSatisfying(ManagerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKUP_CHAIN_BROKEN));
            assertThat(count(target, "devices")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void historyArchivedBeforeSeriesRestoresIntoSeriesPointsAndBuckets(Kind kind) throws Exception {
        try (TestDatabase source = TestDatabase.create(kind).migrated(); TestDatabase target = tracked(kind)) {
            BackupRestoreTest.seed(source.dataSource(), CIPHER);
            for (String table : List.of("telemetry_hour_days", "telemetry_points", "telemetry_buckets", "telemetry_rollup",
                    "telemetry_series")) {
                sql(source, "DROP TABLE " + table);
            }
            sql(source, "CREATE TABLE telemetry_samples (device_id VARCHAR(36) NOT NULL, channel VARCHAR(64) NOT NULL, "
                    + "metric VARCHAR(32) NOT NULL, ts BIGINT NOT NULL, reading DOUBLE PRECISION NOT NULL, "
                    + "CONSTRAINT fk_telemetry_samples_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE)");
            sql(source, "CREATE TABLE telemetry_aggregates (device_id VARCHAR(36) NOT NULL, channel VARCHAR(64) NOT NULL, "
                    + "metric VARCHAR(32) NOT NULL, resolution INTEGER NOT NULL, bucket BIGINT NOT NULL, "
                    + "min_value DOUBLE PRECISION NOT NULL, max_value DOUBLE PRECISION NOT NULL, "
                    + "sum_value DOUBLE PRECISION NOT NULL, samples INTEGER NOT NULL, "
                    + "PRIMARY KEY (device_id, resolution, bucket, channel, metric), CONSTRAINT fk_telemetry_aggregates_device "
                    + "FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE)");
            new ChangeTracking(source.dataSource()).install();
            sql(source, "INSERT INTO telemetry_samples (device_id, channel, metric, ts, reading) VALUES "
                    + "('dev-1', 'switch:0', 'power', 1000, 12.5), ('dev-1', 'switch:0', 'power', 2000, 13.25), "
                    + "('dev-2', 'switch:0', 'energy', 1000, 7.0)");
            sql(source, "INSERT INTO telemetry_aggregates (device_id, channel, metric, resolution, bucket, min_value, "
                    + "max_value, sum_value, samples) VALUES ('dev-1', 'switch:0', 'power', 300, 0, 12.5, 13.25, 25.75, 2), "
                    + "('dev-1', 'switch:0', 'power', 3600, 3600000, 1.0, 3.0, 8.0, 4)");
            Manifest full = write(source, "old-full.sma", BackupType.FULL, null);
            sql(source, "DELETE FROM telemetry_samples WHERE ts = 2000");
            sql(source, "INSERT INTO telemetry_samples (device_id, channel, metric, ts, reading) VALUES "
                    + "('dev-2', 'switch:0', 'energy', 3000, 8.5)");
            sql(source, "UPDATE telemetry_aggregates SET max_value = 20, sum_value = 32.5 WHERE bucket = 0");
            write(source, "old-i1.sma", BackupType.INCREMENTAL, full);

            restore(target, "old-full.sma", "old-i1.sma");

            assertThat(query(target, "SELECT s.device_id, s.metric, p.ts, p.reading FROM telemetry_series s "
                    + "JOIN telemetry_points p ON p.series_id = s.id ORDER BY s.device_id, p.ts")).containsExactly(
                    List.of("dev-1", "power", "1000", "12.5"), List.of("dev-2", "energy", "1000", "7.0"),
                    List.of("dev-2", "energy", "3000", "8.5"));
            assertThat(query(target, "SELECT s.device_id, a.resolution, a.bucket, a.min_value, a.max_value, a.sum_value, "
                    + "a.samples FROM telemetry_series s JOIN telemetry_buckets a ON a.series_id = s.id"))
                    .containsExactly(List.of("dev-1", "300", "0", "12.5", "20.0", "32.5", "2"));
            assertThat(hourBlocks(target)).containsExactly("dev-1 power " + HourBlock.empty()
                    .with(1, new HourBlock.Bucket(1.0, 3.0, 8.0, 4)));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void hourlyRowsOfAChainFromBeforeDayBlocksRestoreAsDayBlocksInTheirLastState(Kind kind) throws Exception {
        try (TestDatabase source = tracked(kind); TestDatabase target = tracked(kind)) {
            sql(source, "DROP TABLE telemetry_hour_days");
            source.insertDevice("dev-1", "AABBCCDDEE01");
            sql(source, "INSERT INTO telemetry_series (id, device_id, channel, metric) VALUES (7, 'dev-1', 'switch:0', 'energy')");
            sql(source, "INSERT INTO telemetry_buckets (series_id, resolution, bucket, min_value, max_value, sum_value, samples) "
                    + "VALUES (7, 300, 0, 1, 2, 3, 2), (7, 3600, 0, 1, 2, 3, 2), (7, 3600, 82800000, 0.5, 0.5, 0.5, 1)");
            Manifest full = write(source, "hourly-rows-full.sma", BackupType.FULL, null);
            sql(source, "UPDATE telemetry_buckets SET max_value = 4, sum_value = 5 WHERE resolution = 3600 AND bucket = 0");
            sql(source, "DELETE FROM telemetry_buckets WHERE resolution = 3600 AND bucket = 82800000");
            sql(source, "INSERT INTO telemetry_buckets (series_id, resolution, bucket, min_value, max_value, sum_value, samples) "
                    + "VALUES (7, 3600, 86400000, 2, 2, 2, 1)");
            write(source, "hourly-rows-i1.sma", BackupType.INCREMENTAL, full);

            restore(target, "hourly-rows-full.sma", "hourly-rows-i1.sma");

            assertThat(query(target, "SELECT resolution, bucket FROM telemetry_buckets")).containsExactly(List.of("300", "0"));
            assertThat(hourBlocks(target)).containsExactly(
                    "dev-1 energy " + HourBlock.empty().with(0, new HourBlock.Bucket(1, 4, 5, 2)),
                    "dev-1 energy " + HourBlock.empty().with(0, new HourBlock.Bucket(2, 2, 2, 1)));
        }
    }

    /** Every day block of the database, oldest first: device, metric and the decoded block. */
    private static List<String> hourBlocks(TestDatabase database) throws SQLException {
        List<String> blocks = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT s.device_id, s.metric, d.series_id, d.day, d.block FROM telemetry_series s "
                        + "JOIN telemetry_hour_days d ON d.series_id = s.id ORDER BY d.day")) {
            while (rs.next()) {
                blocks.add(rs.getString(1) + " " + rs.getString(2) + " "
                        + HourBlock.decode(rs.getBytes(5), rs.getInt(3), rs.getLong(4)));
            }
        }
        return blocks;
    }

    /** The rows of a query, each value as text ({@code 1000}, {@code 12.5}), in the query's order. */
    private static List<List<String>> query(TestDatabase database, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof Number n && !(value instanceof Double || value instanceof Float)
                            ? String.valueOf(n.longValue()) : value instanceof Number n ? String.valueOf(n.doubleValue())
                            : String.valueOf(value));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "SQLITE")
    void aFormatVersionOneArchiveStillRestores(Kind kind) throws Exception {
        try (TestDatabase source = tracked(kind); TestDatabase target = tracked(kind)) {
            BackupRestoreTest.seed(source.dataSource(), CIPHER);
            write(source, "v2.sma", BackupType.FULL, null);
            Path v1 = Files.copy(dir.resolve("v2.sma"), dir.resolve("v1.sma"));
            try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + v1.toUri()), Map.of())) {
                Path manifest = zip.getPath("manifest.json");
                @SuppressWarnings("unchecked")
                Map<String, Object> json = Archives.JSON.readValue(Files.readString(manifest), LinkedHashMap.class);
                json.put("formatVersion", 1);
                json.remove("chain");
                for (Object section : (List<?>) json.get("sections")) {
                    for (Object table : (List<?>) ((Map<?, ?>) section).get("tables")) {
                        ((Map<?, ?>) table).remove("cleared");
                    }
                }
                Files.write(manifest, Archives.JSON.writeValueAsBytes(json), StandardOpenOption.TRUNCATE_EXISTING);
            }
            try (ArchiveReader reader = ArchiveReader.open(v1)) {
                assertThat(reader.manifest().chain()).isNull();
                RestoreReport report = new Restorer(target.dataSource(), CIPHER).restore(reader, PASSPHRASE, Set.of(), false, n -> { });
                assertThat(report.rows()).containsEntry("devices", 40L);
            }
        }
    }

    private void assertChainRefused(TestDatabase target, String message, String... names) {
        assertThatThrownBy(() -> restore(target, names)).isInstanceOfSatisfying(ManagerException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.BACKUP_CHAIN_BROKEN);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static TestDatabase tracked(Kind kind) throws SQLException {
        TestDatabase database = TestDatabase.create(kind).migrated();
        new ChangeTracking(database.dataSource()).install();
        return database;
    }

    private Manifest write(TestDatabase database, String name, BackupType type, Manifest parent) throws Exception {
        return new ArchiveWriter(database.dataSource(), CIPHER, "test").write(dir.resolve(name), PASSPHRASE, Instant.now(), type,
                parent, n -> { });
    }

    private Map<String, List<List<Object>>> rows(TestDatabase database, String name) throws Exception {
        write(database, name, BackupType.FULL, null);
        return Archived.rows(dir.resolve(name), PASSPHRASE);
    }

    private RestoreReport restore(TestDatabase target, String... names) {
        List<ArchiveReader> chain = new ArrayList<>();
        try {
            for (String name : names) {
                chain.add(ArchiveReader.open(dir.resolve(name)));
            }
            return new Restorer(target.dataSource(), CIPHER).restore(chain, PASSPHRASE, Set.of(), false, n -> { });
        } finally {
            chain.forEach(ArchiveReader::close);
        }
    }

    private static String bool(Kind kind, boolean value) {
        return kind == Kind.POSTGRESQL ? String.valueOf(value) : value ? "1" : "0";
    }

    private static void sql(TestDatabase database, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement statement = c.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long count(TestDatabase database, String table) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}

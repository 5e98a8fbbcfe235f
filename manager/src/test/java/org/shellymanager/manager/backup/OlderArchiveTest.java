package org.shellymanager.manager.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.github.luben.zstd.ZstdOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shellymanager.manager.platform.TestDatabase;
import org.shellymanager.manager.platform.TestDatabase.Kind;

/**
 * An archive as format version 2 wrote it (gzip-compressed sections) from a database at schema version 21, before
 * devices kept the sort key of their name: it still restores, on every database, and its devices get the key. So
 * does a version 3 archive (zstd-compressed JSON lines), written before sections held binary rows.
 */
class OlderArchiveTest {

    private static final String DEVICE_COLUMNS = "\"id:text\",\"mac:text\",\"device_id:text\",\"model:text\","
            + "\"generation:integer\",\"firmware:text\",\"host:text\",\"port:integer\",\"name:text\",\"room:text\","
            + "\"notes:text\",\"status:text\",\"online:boolean\",\"auth_required:boolean\",\"needs_credentials:boolean\","
            + "\"credentials:text\",\"capabilities:text\",\"first_seen:integer\",\"last_seen:integer\"";

    @TempDir
    Path dir;

    @Test
    void versionTwoGzipArchiveFromSchema21RestoresWithTheNameSortKeyDerived() throws Exception {
        Path archive = jsonLinesArchive(dir.resolve("v2.sma"), 2, 2, 1, """
                {"table":"devices","columns":[%s]}
                ["dev-1","A8032A000001","shellyplus1pm-a8032a000001","SNSW-001P16EU",2,"1.4.4","192.168.1.10",80,"Kitchen Light",null,null,"ACTIVE",true,false,false,null,"switch",1,2]
                ["dev-2","A8032A000002","shellyplus1pm-a8032a000002","SNSW-001P16EU",2,"1.4.4","192.168.1.11",80,null,null,null,"ACTIVE",false,false,false,null,"switch",1,2]
                {"table":"device_tags","columns":["device_id:text","tag:text"]}
                ["dev-1","kitchen"]
                """.formatted(DEVICE_COLUMNS));
        for (Kind kind : Kind.values()) {
            try (TestDatabase target = TestDatabase.create(kind).migrated(); ArchiveReader reader = ArchiveReader.open(archive)) {
                RestoreReport report = new Restorer(target.dataSource(), BackupRestoreTest.cipher(1))
                        .restore(reader, null, Set.of(), false, rows -> { });

                assertThat(report.rows()).as(kind.name()).containsEntry("devices", 2L).containsEntry("device_tags", 1L);
                assertThat(rows(target, "SELECT id, name_unset, name_key FROM devices ORDER BY name_unset, name_key, mac"))
                        .as(kind.name()).containsExactly("dev-1 0 kitchen light", "dev-2 1 null");
            }
        }
    }

    @Test
    void versionThreeZstdJsonLinesArchiveRestoresItsNumbersAndText() throws Exception {
        Path archive = jsonLinesArchive(dir.resolve("v3.sma"), 3, 1, 2, """
                {"table":"devices","columns":[%s]}
                ["dev-1","A8032A000001","shellyplus1pm-a8032a000001","SNSW-001P16EU",2,"1.4.4","192.168.1.10",80,"Küche \\"1\\"",null,null,"ACTIVE",true,false,false,null,"switch",1700000000,2]
                {"table":"device_tags","columns":["device_id:text","tag:text"]}
                ["dev-1","kitchen"]
                ["dev-1","light"]
                """.formatted(DEVICE_COLUMNS));
        try (TestDatabase target = TestDatabase.create(Kind.SQLITE).migrated(); ArchiveReader reader = ArchiveReader.open(archive)) {
            RestoreReport report = new Restorer(target.dataSource(), BackupRestoreTest.cipher(1))
                    .restore(reader, null, Set.of(), false, rows -> { });

            assertThat(report.rows()).containsEntry("devices", 1L).containsEntry("device_tags", 2L);
            assertThat(rows(target, "SELECT name, first_seen, model FROM devices")).containsExactly("Küche \"1\" 1700000000 SNSW-001P16EU");
        }
    }

    /**
     * A plain archive of one section, {@code devices}, holding {@code lines} as JSON lines ({@code devices} rows of
     * devices and {@code tags} of tags): gzip-compressed in format version 2, zstd-compressed in version 3.
     */
    private static Path jsonLinesArchive(Path file, int version, int devices, int tags, String lines) throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = version == 2 ? new GZIPOutputStream(compressed) : new ZstdOutputStream(compressed)) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        byte[] section = compressed.toByteArray();
        String entry = version == 2 ? "sections/devices.jsonl.gz" : "sections/devices.jsonl.zst";
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(section));
        String manifest = """
                {"formatVersion":%d,"appVersion":"0.1.0","schemaVersion":"21","created":"2025-06-07T09:00:00Z",
                 "sourceDatabase":"SQLite 3.50.3","backupType":"FULL","compression":"%s","encryption":null,
                 "sections":[{"name":"devices","entry":"%s",
                   "tables":[{"table":"devices","rows":%d,"cleared":0},{"table":"device_tags","rows":%d,"cleared":0}],
                   "bytes":%d,"sha256":"%s"}],
                 "chain":{"backupId":"b-1","parentId":null,"lineage":"l-1","changesSince":null,"changesThrough":0}}
                """.formatted(version, version == 2 ? "gzip" : "zstd", entry, devices, tags, section.length,
                sha256);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(section);
        }
        return file;
    }

    private static List<String> rows(TestDatabase database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}

package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.shellymanager.manager.platform.OneServer;
import org.shellymanager.manager.security.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code import} and {@code export} end to end against a whole server, through files on disk. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FLEET_CSV = """
            mac,deviceId,model,generation,firmware,host,port,name,room,tags
            A8032A000001,shellyplus1pm-a8032a000001,SNSW-001P16EU,2,1.4.4,192.168.1.10,80,Kitchen light,Kitchen,light
            A8032A000002,shellyplus1pm-a8032a000002,SNSW-001P16EU,2,1.4.4,192.168.1.11,80,Hall light,Hall,light
            E8DB84000003,shelly1-E8DB84000003,SHSW-1,1,20230913-112003/v1.14.0-gcb84623,192.168.1.12,80,Garage door,Garage,
            """;

    @TempDir
    static Path files;

    @RegisterExtension
    static final OneServer SERVER = new OneServer();

    private static CliRun cli(String... args) {
        return CliRun.run(Map.of(CliEnvironment.SERVER_VARIABLE, SERVER.get().url(),
                CliEnvironment.TOKEN_VARIABLE, SERVER.get().token(Role.ADMIN)), null, args);
    }

    private static long deviceCount() {
        return JSON.readTree(cli("devices", "list", "-o", "json").out()).path("total").asLong();
    }

    private static Path write(String name, String content) throws IOException {
        Path file = files.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    @Order(1)
    void importDryRunTellsWhatWouldBeCreatedAndChangesNothing() throws IOException {
        CliRun run = cli("import", write("fleet.csv", FLEET_CSV).toString(), "--dry-run");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("A8032A000001", "CREATE")
                .contains("Dry run of CSV, nothing changed; it would give: 3 created, 0 updated, 0 unchanged, 0 skipped");
        assertThat(deviceCount()).isZero();
    }

    @Test
    @Order(2)
    void importCreatesTheDevicesAndABadFileChangesNothingAndNamesEveryBadLine() throws IOException {
        CliRun imported = cli("import", files.resolve("fleet.csv").toString());
        CliRun refused = cli("import", write("bad.csv", "mac,name,port\nnot-a-mac,x,80\nA8032A000001,y,99999\n").toString());

        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("Imported CSV (policy skip): 3 created");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err().lines().toList().getFirst()).startsWith("error: ").endsWith("[import.invalid, HTTP 422]");
        assertThat(refused.err()).contains("  line 2, field mac: ").contains("  line 3, field port: ");
        assertThat(deviceCount()).isEqualTo(3);
    }

    @Test
    @Order(3)
    void exportListShowsEachExporterWithItsOptions() {
        CliRun run = cli("export", "--list");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("NAME", "OPTIONS (DEFAULT)").contains("dnsmasq").contains("pretty=true")
                .containsPattern("\\d+ exporters");
    }

    @Test
    @Order(4)
    void exportToAFileWritesItWholeWithTheServersChecksum() {
        Path hosts = files.resolve("hosts");

        CliRun run = cli("export", "hosts", "--option", "domain=home.arpa", "-O", hosts.toString());

        assertThat(run.status()).isZero();
        assertThat(hosts).content().contains("192.168.1.10\tkitchen-light kitchen-light.home.arpa");
        assertThat(run.out()).contains("Exported 3 devices to " + hosts).contains("SHA-256 " + FileChecksum.sha256(hosts));
        assertThat(partFiles()).isEmpty();
    }

    @Test
    @Order(5)
    void exportToStandardOutputPrintsTheDocumentAndRefusesABinaryOne() {
        CliRun json = cli("export", "json");
        CliRun zip = cli("export", "toml", "-O", "-");

        assertThat(json.status()).isZero();
        assertThat(JSON.readTree(json.out()).path("devices").size()).isEqualTo(3);
        assertThat(json.err()).contains("Exported 3 devices to standard output");
        assertThat(zip.status()).isEqualTo(2);
        assertThat(zip.err()).contains("not text; write it to a file with -O FILE");
    }

    @Test
    @Order(6)
    void unknownExporterAndBadOptionsAreRefusedWithTheServersCode() {
        CliRun unknown = cli("export", "nope");
        CliRun badOption = cli("export", "hosts", "--option", "domain=Not Valid", "-O", files.resolve("never").toString());

        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("[export.unknown-exporter, HTTP 404]");
        assertThat(badOption.status()).isEqualTo(1);
        assertThat(badOption.err()).contains("export.options-invalid");
        assertThat(files.resolve("never")).doesNotExist();
    }

    @Test
    @Order(7)
    void previewShowsTheOutputForTheFirstDevices() {
        CliRun run = cli("export", "dnsmasq", "--preview");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Preview of dnsmasq").contains("dhcp-host=a8:03:2a:00:00:01,192.168.1.10,kitchen-light");
    }

    @Test
    @Order(8)
    void tomlTreeExportedToAFolderImportsBackAndAnEditShowsAsAnUpdate() throws IOException {
        Path zip = files.resolve("tree.zip");
        assertThat(cli("export", "toml", "-O", zip.toString()).status()).isZero();
        Path tree = unzip(zip, files.resolve("tree"));
        write("tree/.git/junk.toml", "this is not a device file");
        Path kitchen = tree.resolve("devices").resolve("a8032a000001.toml");
        try (Stream<Path> walk = Files.walk(tree.resolve("devices"))) {
            assertThat(walk.filter(Files::isRegularFile).toList()).hasSize(3).contains(kitchen);
        }

        CliRun unchanged = cli("import", tree.toString(), "--policy", "overwrite", "--dry-run");
        Files.writeString(kitchen, Files.readString(kitchen).replace("Kitchen light", "Kitchen lamp"));
        CliRun edited = cli("import", tree.toString(), "--policy", "overwrite");

        assertThat(unchanged.status()).isZero();
        assertThat(unchanged.out()).contains("Dry run of TOML").contains("0 updated, 3 unchanged");
        assertThat(edited.status()).isZero();
        assertThat(edited.out()).contains("devices/a8032a000001.toml").contains("UPDATE").contains("name")
                .contains("1 updated, 2 unchanged");
        assertThat(cli("devices", "list", "--q", "Kitchen lamp").out()).contains("192.168.1.10:80").contains("devices 1-1 of 1");
    }

    @Test
    @Order(9)
    void aDownloadShowsItsProgressOnATerminalOnlyAndNotWithQuiet() {
        Map<String, String> variables = Map.of(CliEnvironment.SERVER_VARIABLE, SERVER.get().url(),
                CliEnvironment.TOKEN_VARIABLE, SERVER.get().token(Role.ADMIN));
        Path json = files.resolve("fleet.json");

        CliRun terminal = CliRun.onTerminal(variables, "export", "json", "-O", json.toString());
        CliRun quiet = CliRun.onTerminal(variables, "export", "json", "-O", json.toString(), "--quiet");
        CliRun piped = cli("export", "json", "-O", json.toString());

        assertThat(terminal.status()).isZero();
        assertThat(terminal.err()).startsWith("\rfleet.json KiB [").endsWith(System.lineSeparator());
        assertThat(quiet.err()).isEmpty();
        assertThat(piped.err()).isEmpty();
        assertThat(quiet.out()).isEqualTo(piped.out()).contains("Exported 3 devices to " + json);
    }

    @Test
    @Order(10)
    void importOfAMissingFileIsAUsageError() {
        CliRun run = cli("import", files.resolve("missing.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("missing.json: no such file");
    }

    private static Path unzip(Path zip, Path folder) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = folder.resolve(entry.getName()).normalize();
                assertThat(file).startsWithRaw(folder);
                Files.createDirectories(file.getParent());
                Files.write(file, entries.readAllBytes());
            }
        }
        return folder;
    }

    private static List<Path> partFiles() {
        try (Stream<Path> listed = Files.list(files)) {
            return listed.filter(path -> path.getFileName().toString().endsWith(".part")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

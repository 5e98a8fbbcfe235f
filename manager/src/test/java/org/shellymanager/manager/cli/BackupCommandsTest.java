package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.manager.security.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backup}, {@code backup verify} and {@code restore} end to end: an encrypted archive made on one server,
 * downloaded, checked, and restored into a second, fresh server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path files;

    private static RunningServer source;
    private static RunningServer target;
    private static RunningServer fresh;
    private static Path passphrase;
    private static Path archive;

    @BeforeAll
    static void start() throws IOException {
        source = RunningServer.start();
        target = RunningServer.start();
        passphrase = Files.writeString(files.resolve("passphrase"), "correct horse battery staple\n");
        archive = files.resolve("fleet.sma");
        Path fleet = Files.writeString(files.resolve("fleet.csv"), """
                mac,deviceId,model,generation,firmware,host,port,name
                A8032A000001,shellyplus1pm-a8032a000001,SNSW-001P16EU,2,1.4.4,192.168.1.10,80,Kitchen light
                A8032A000002,shellyplus1pm-a8032a000002,SNSW-001P16EU,2,1.4.4,192.168.1.11,80,Hall light
                """);
        assertThat(cli(source, "import", fleet.toString()).status()).isZero();
    }

    @AfterAll
    static void stop() {
        for (RunningServer server : new RunningServer[] {source, target, fresh}) {
            if (server != null) {
                server.close();
            }
        }
    }

    private static CliRun cli(RunningServer server, String... args) {
        return cli(server, Map.of(), args);
    }

    private static CliRun cli(RunningServer server, Map<String, String> extra, String... args) {
        Map<String, String> variables = new HashMap<>(extra);
        variables.put(CliEnvironment.SERVER_VARIABLE, server.url());
        variables.put(CliEnvironment.TOKEN_VARIABLE, server.token(Role.ADMIN));
        return CliRun.run(variables, null, args);
    }

    @Test
    @Order(1)
    void backupWithAPassphraseFileIsEncryptedListedAndDownloaded() throws IOException {
        CliRun run = cli(source, "backup", "--passphrase-file", passphrase.toString(), "-O", archive.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Backup shelly-manager-").contains(", encrypted").contains("Downloaded to " + archive);
        assertThat(archive).isNotEmptyFile();
        assertThat(run.out()).contains("Downloaded to " + archive + " (" + Files.size(archive) + " bytes, SHA-256 "
                + FileChecksum.sha256(archive) + ")");
        assertThat(cli(source, "backup", "list").out()).contains("FULL").contains("yes").contains("1 archives");
    }

    @Test
    @Order(2)
    void incrementalBackupBuildsOnTheFullOneOnTheServer() {
        CliRun run = cli(source, "backup", "--type", "incremental", "--passphrase-file", passphrase.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Backup shelly-manager-").contains("(INCREMENTAL, ");
        assertThat(cli(source, "backup", "list").out()).contains("INCREMENTAL").contains("2 archives");
    }

    @Test
    @Order(3)
    void storedIncrementalArchiveIsCheckedWithItsChainOnTheServer() {
        String newest = JSON.readTree(cli(source, "backup", "list", "-o", "json").out()).get(0).path("name").asString();

        CliRun run = cli(source, "restore", newest, "--stored", "--dry-run", "--passphrase-file", passphrase.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Dry run: " + newest + " is intact").containsPattern("devices\\s+2");
    }

    @Test
    @Order(3)
    void storedIncrementalArchiveIsVerifiedWithItsChainOnTheServer() {
        String newest = JSON.readTree(cli(source, "backup", "list", "-o", "json").out()).get(0).path("name").asString();

        CliRun run = cli(source, "backup", "verify", "--stored", newest, "--passphrase-file", passphrase.toString());
        CliRun unknown = cli(source, "backup", "verify", "--stored", "no-such.sma");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains(newest + " is intact: format ").contains("encrypted").containsPattern("devices\\s+2");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("backup.not-found");
    }

    @Test
    @Order(3)
    void storedRestoreIsFollowedAsAJobThatSaysWhyItFailed() {
        String newest = JSON.readTree(cli(source, "backup", "list", "-o", "json").out()).get(0).path("name").asString();

        CliRun intoFullServer = cli(source, "restore", newest, "--stored", "--passphrase-file", passphrase.toString(), "--yes");
        CliRun unknown = cli(source, "restore", "no-such.sma", "--stored", "--yes");

        assertThat(intoFullServer.status()).isEqualTo(1);
        assertThat(intoFullServer.out()).contains("(RESTORE): FAILED").contains("already holds");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("backup.not-found");
    }

    @Test
    @Order(4)
    void verifyReadsEveryRowWithThePassphraseFromTheEnvironment() {
        CliRun run = cli(source, Map.of(PassphraseOptions.VARIABLE, "correct horse battery staple"),
                "backup", "verify", archive.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).containsPattern("is intact: format \\d+, ").contains("devices").containsPattern("devices\\s+2");
    }

    @Test
    @Order(5)
    void wrongOrMissingPassphraseIsRefused() throws IOException {
        Path wrong = Files.writeString(files.resolve("wrong"), "incorrect horse\n");

        CliRun wrongRun = cli(source, "backup", "verify", archive.toString(), "--passphrase-file", wrong.toString());
        CliRun missing = cli(source, "restore", archive.toString(), "--dry-run");

        assertThat(wrongRun.status()).isEqualTo(1);
        assertThat(wrongRun.err()).contains("[archive.passphrase, HTTP 422]");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("archive.passphrase");
    }

    @Test
    @Order(6)
    void truncatedAndForeignArchivesAreRefusedAsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(archive);
        Path truncated = Files.write(files.resolve("truncated.sma"), Arrays.copyOf(whole, whole.length / 2));
        Path foreign = Files.writeString(files.resolve("notes.sma"), "not an archive at all");

        for (Path bad : new Path[] {truncated, foreign}) {
            CliRun run = cli(source, "backup", "verify", bad.toString(), "--passphrase-file", passphrase.toString());
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).startsWith("error: ").contains("archive.corrupt");
        }
    }

    @Test
    @Order(7)
    void realRestoreWantsConfirmationOffATerminalAndANonEmptyTargetIsRefused() {
        CliRun unconfirmed = cli(target, "restore", archive.toString(), "--passphrase-file", passphrase.toString());
        CliRun intoFullServer = cli(source, "restore", archive.toString(), "--passphrase-file", passphrase.toString(),
                "--section", "devices", "--yes");

        assertThat(unconfirmed.status()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("confirm with --yes");
        assertThat(intoFullServer.status()).isEqualTo(1);
        assertThat(intoFullServer.err()).contains("restore.target-not-empty");
    }

    @Test
    @Order(8)
    void dryRunThenRestoreOfTheDevicesSectionIntoAFreshServer() {
        CliRun dryRun = cli(target, "restore", archive.toString(), "--passphrase-file", passphrase.toString(),
                "--section", "devices", "--dry-run");
        long before = JSON.readTree(cli(target, "devices", "list", "-o", "json").out()).path("total").asLong();
        CliRun restored = cli(target, "restore", archive.toString(), "--passphrase-file", passphrase.toString(),
                "--section", "devices", "--yes");

        assertThat(dryRun.status()).isZero();
        assertThat(dryRun.out()).contains("Dry run: " + archive + " is intact and would restore").contains("nothing was written");
        assertThat(before).isZero();
        assertThat(restored.status()).isZero();
        assertThat(restored.out()).contains("Restored").contains("sections [devices]");
        assertThat(cli(target, "devices", "list").out()).contains("Kitchen light").contains("Hall light");
    }

    @Test
    @Order(9)
    void fullRestoreOverRestIntoAFreshServerReplacesItsAccountsAndIsAudited() throws IOException {
        fresh = RunningServer.start();
        String freshToken = fresh.token(Role.ADMIN);
        RunningServer.Reply restored = fresh.as(Role.ADMIN).send(fresh.request("/api/v1/restore")
                .setHeader("Content-Type", "application/octet-stream")
                .header("X-Archive-Passphrase", "correct horse battery staple")
                .POST(HttpRequest.BodyPublishers.ofFile(archive)));

        assertThat(restored.status()).as(restored.text()).isEqualTo(200);
        assertThat(restored.body().path("accountsReplaced").asBoolean()).isTrue();
        assertThat(fresh.withAuthorization("Bearer " + freshToken).get("/api/v1/devices").status()).isEqualTo(401);
        RunningServer.Client sourceAdmin = fresh.withAuthorization("Bearer " + source.token(Role.ADMIN));
        assertThat(sourceAdmin.get("/api/v1/devices").text()).contains("Kitchen light");
        assertThat(sourceAdmin.get("/api/v1/audit?size=100").text()).contains("POST /api/v1/restore");
    }

    @Test
    @Order(10)
    void chainOfUploadedFilesRestoresThroughTheCliAndUploadsAreChecked() throws IOException {
        Path[] chain = storedArchives();
        RunningServer second = RunningServer.start();
        try {
            CliRun run = cli(second, "restore", chain[0].toString(), chain[1].toString(), "--passphrase-file",
                    passphrase.toString(), "--yes");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("Restored").contains("every section");
            assertThat(run.err()).contains("replaced this server's: sign in again");
            assertThat(cli(second, "devices", "list").status()).isNotZero();
            RunningServer.Client admin = second.withAuthorization("Bearer " + source.token(Role.ADMIN));
            assertThat(admin.get("/api/v1/devices").text()).contains("Hall light");
            assertThat(admin.get("/api/v1/jobs?kind=RESTORE").text()).contains("FULL").contains("INCREMENTAL");
            assertThat(put(second, chain[0].getFileName().toString(), Files.readAllBytes(chain[0])).status()).isEqualTo(200);
            RunningServer.Reply clash = put(second, chain[0].getFileName().toString(), Files.readAllBytes(chain[1]));
            assertThat(clash.status()).isEqualTo(409);
            assertThat(clash.code()).isEqualTo("backup.exists");
            assertThat(put(second, "junk.sma", "not an archive".getBytes()).code()).isEqualTo("archive.corrupt");
            assertThat(admin.get("/api/v1/backups").text()).doesNotContain("junk.sma");
        } finally {
            second.close();
        }
    }

    @Test
    @Order(11)
    void backupJobThatFailsIsShownWithItsReasonAndExitsNonZero() throws IOException {
        Files.writeString(target.dataDir().resolve("archives"), "a file where the backup folder should be");
        Path local = files.resolve("never.sma");

        CliRun run = cli(target, "backup", "-O", local.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("(BACKUP): FAILED").contains("could not be written");
        assertThat(local).doesNotExist();
    }

    @Test
    @Order(12)
    void storedRestoreThatReplacesTheAccountsEndsAsRestoredAndSaysToSignInAgain() throws IOException {
        onFreshServerWithTheFullArchive((second, full) -> {
            CliRun run = cli(second, "restore", full, "--stored", "--passphrase-file", passphrase.toString(), "--yes");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("Restored " + full).contains("accounts and API tokens replaced this server's");
            assertThat(run.err()).contains("token used for the restore no longer exists").contains("shelly-manager login");
            assertThat(cli(second, "devices", "list").err()).contains("auth.token-invalid");
            RunningServer.Client admin = second.withAuthorization("Bearer " + source.token(Role.ADMIN));
            assertThat(admin.get("/api/v1/devices").text()).contains("Kitchen light").contains("Hall light");
        });
    }

    @Test
    @Order(12)
    void storedRestoreWithoutAccountsIsFollowedToItsRows() throws IOException {
        onFreshServerWithTheFullArchive((second, full) -> {
            CliRun run = cli(second, "restore", full, "--stored", "--section", "devices", "--passphrase-file",
                    passphrase.toString(), "--yes");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).containsPattern("devices\\s+2").contains("Restored 2 rows of sections [devices] from " + full);
            assertThat(run.err()).doesNotContain("no longer exists");
            assertThat(cli(second, "devices", "list").out()).contains("Kitchen light");
        });
    }

    @Test
    @Order(12)
    void refusedTokenBeforeAStoredRestoreStaysAnAuthenticationError() {
        String full = storedFullArchiveName();

        CliRun run = CliRun.run(Map.of(CliEnvironment.SERVER_VARIABLE, source.url(), CliEnvironment.TOKEN_VARIABLE,
                "sm_not-a-token"), null, "restore", full, "--stored", "--passphrase-file", passphrase.toString(), "--yes");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("auth.token-invalid").doesNotContain("Restored");
        assertThat(run.out()).doesNotContain("Restored");
    }

    /** Runs the test on a fresh server that holds the source's full archive, stored there by its own admin. */
    private static void onFreshServerWithTheFullArchive(BiConsumer<RunningServer, String> test) throws IOException {
        RunningServer server = RunningServer.start();
        try {
            String name = storedFullArchiveName();
            RunningServer.Reply stored = server.as(Role.ADMIN).send(server.request("/api/v1/backups/" + name)
                    .setHeader("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofFile(source.dataDir().resolve("archives").resolve(name))));
            assertThat(stored.status()).as(stored.text()).isEqualTo(201);
            test.accept(server, name);
        } finally {
            server.close();
        }
    }

    private static String storedFullArchiveName() {
        var list = JSON.readTree(cli(source, "backup", "list", "-o", "json").out());
        return list.get(list.size() - 1).path("name").asString();
    }

    /** The source's full and incremental archives, oldest first, as files copied off the server. */
    private static Path[] storedArchives() throws IOException {
        var list = JSON.readTree(cli(source, "backup", "list", "-o", "json").out());
        Path[] chain = new Path[2];
        for (int i = 0; i < 2; i++) {
            String name = list.get(1 - i).path("name").asString();
            chain[i] = Files.copy(source.dataDir().resolve("archives").resolve(name), files.resolve(name));
        }
        return chain;
    }

    private static RunningServer.Reply put(RunningServer server, String name, byte[] archive) {
        return server.withAuthorization("Bearer " + source.token(Role.ADMIN)).send(server.request("/api/v1/backups/" + name)
                .setHeader("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(archive)));
    }
}

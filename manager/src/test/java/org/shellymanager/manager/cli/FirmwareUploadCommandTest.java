package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.shellymanager.manager.platform.OneServer;
import org.shellymanager.manager.security.Role;
import tools.jackson.databind.json.JsonMapper;

/** {@code firmware upload} against a whole server: the file lands in the LAN cache only with the right checksum. */
class FirmwareUploadCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path files;

    @RegisterExtension
    static final OneServer SERVER = new OneServer();

    private static CliRun cli(Role role, String... args) {
        return CliRun.run(Map.of(CliEnvironment.SERVER_VARIABLE, SERVER.get().url(), CliEnvironment.TOKEN_VARIABLE, SERVER.get().token(role)),
                null, args);
    }

    @Test
    void uploadAddsTheFileWithItsChecksumComputedHere() throws IOException {
        Path firmware = Files.write(files.resolve("SNSW-001P16EU-1.5.0.zip"), "firmware image 1.5.0".repeat(5000).getBytes());

        CliRun run = cli(Role.ADMIN, "firmware", "upload", firmware.toString(), "--model", "SNSW-001P16EU", "--version", "1.5.0");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains(FileChecksum.sha256(firmware)).contains("Added SNSW-001P16EU 1.5.0 to the LAN cache");
        String listed = SERVER.get().as(Role.VIEWER).get("/api/v1/firmware/files").text();
        assertThat(JSON.readTree(listed).findValuesAsString("sha256")).contains(FileChecksum.sha256(firmware));
    }

    @Test
    void aChecksumThatDoesNotMatchIsRefusedAndNothingIsCached() throws IOException {
        Path firmware = Files.writeString(files.resolve("SNSW-102P16EU-1.5.0.zip"), "a different image");

        CliRun run = cli(Role.ADMIN, "firmware", "upload", firmware.toString(), "--model", "SNSW-102P16EU", "--version", "1.5.0",
                "--sha256", "0".repeat(64));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("[firmware.checksum-mismatch, HTTP 422]");
        assertThat(SERVER.get().as(Role.VIEWER).get("/api/v1/firmware/files").text()).doesNotContain("SNSW-102P16EU");
    }

    @Test
    void anOperatorMayNotUploadAndAMissingFileIsAUsageError() throws IOException {
        Path firmware = Files.writeString(files.resolve("SHSW-1-1.15.0.zip"), "gen1 image");

        CliRun operator = cli(Role.OPERATOR, "firmware", "upload", firmware.toString(), "--model", "SHSW-1", "--version", "1.15.0");
        CliRun missing = cli(Role.ADMIN, "firmware", "upload", files.resolve("nope.zip").toString(), "--model", "SHSW-1",
                "--version", "1.15.0");

        assertThat(operator.status()).isEqualTo(1);
        assertThat(operator.err()).contains("HTTP 403");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.zip: no such file");
    }
}

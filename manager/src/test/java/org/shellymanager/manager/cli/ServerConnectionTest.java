package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConnectionTest {

    private static final String EMPTY_PAGE = "{\"items\":[],\"total\":0,\"page\":0,\"size\":50}";

    @TempDir
    Path dir;

    private RecordedApi api;

    @BeforeEach
    void startApi() throws IOException {
        api = new RecordedApi().reply("GET", "/api/v1/devices", 200, EMPTY_PAGE);
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void refusedConnectionNamesTheUrlAndExitsWithStatusThree() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CliRun run = CliRun.run("devices", "list", "--server", "http://127.0.0.1:" + closedPort);

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: cannot reach the Shelly Manager server at http://127.0.0.1:" + closedPort
                + " (connection refused)");
    }

    @Test
    void serverAndTokenComeFromTheEnvironment() {
        CliRun run = CliRun.run(Map.of("SHELLY_MANAGER_URL", api.url(), "SHELLY_MANAGER_TOKEN", "env-token"), null,
                "devices", "list");

        assertThat(run.status()).isZero();
        assertThat(api.requests()).singleElement().extracting(RecordedApi.Request::authorization).isEqualTo("Bearer env-token");
    }

    @Test
    void flagsWinOverTheEnvironmentAndTheEnvironmentOverTheConfigFile() throws IOException {
        Path config = Files.writeString(dir.resolve("cli.yaml"), "server: http://127.0.0.1:1\ntoken: file-token\n");

        CliRun.run(Map.of("SHELLY_MANAGER_URL", api.url()), config, "devices", "list", "--token", "flag-token");

        assertThat(api.requests()).singleElement().extracting(RecordedApi.Request::authorization).isEqualTo("Bearer flag-token");
    }

    @Test
    void configFileGivesServerAndTokenWhenNothingElseDoes() throws IOException {
        Path config = Files.writeString(dir.resolve("cli.yaml"), "server: " + api.url() + "/\ntoken: file-token\n");

        CliRun run = CliRun.run(Map.of(), config, "devices", "list");

        assertThat(run.status()).isZero();
        assertThat(api.requests()).singleElement().extracting(RecordedApi.Request::authorization).isEqualTo("Bearer file-token");
    }

    @Test
    void noTokenAnywhereSendsNoAuthorizationHeader() {
        CliRun.run(Map.of(), dir.resolve("missing.yaml"), "devices", "list", "--server", api.url());

        assertThat(api.requests()).singleElement().extracting(RecordedApi.Request::authorization).isNull();
    }

    @Test
    void brokenConfigFileIsAUsageErrorNamingTheFile() throws IOException {
        Path config = Files.writeString(dir.resolve("cli.yaml"), "server: [unclosed\n");

        CliRun run = CliRun.run(Map.of(), config, "devices", "list");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: cannot read the CLI config file " + config);
    }

    @Test
    void serverUrlThatIsNotHttpIsAUsageError() {
        CliRun run = CliRun.run("devices", "list", "--server", "localhost:8080");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: the server URL must look like http://host:port, was 'localhost:8080'"
                + System.lineSeparator());
    }

    @Test
    void unauthorizedWithoutProblemBodyTellsHowToGiveAToken() {
        api.reply("GET", "/api/v1/jobs", 401, "");

        CliRun run = CliRun.run("jobs", "list", "--server", api.url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("the server wants an API token; give it with --token or SHELLY_MANAGER_TOKEN [HTTP 401]");
    }

    @Test
    void somethingThatIsNotTheApiIsReportedAsSuch() {
        CliRun run = CliRun.run("jobs", "show", "x", "--server", api.url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("the server has no /api/v1/jobs/x; is it a Shelly Manager server? [HTTP 404]");
    }
}

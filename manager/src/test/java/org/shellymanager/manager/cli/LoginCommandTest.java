package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.shellymanager.manager.platform.OneServer;
import org.shellymanager.manager.platform.RunningServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code login}, {@code tokens} and {@code users} against the real server. */
class LoginCommandTest {

    @RegisterExtension
    static final OneServer SERVER = new OneServer();

    @TempDir
    Path home;

    private CliRun cli(String... args) {
        return CliRun.run(Map.of(CliEnvironment.SERVER_VARIABLE, SERVER.get().url()), home.resolve("cli.yaml"), args);
    }

    @Test
    void loginSavesAnOwnerOnlyTokenThatLaterCommandsUseUntilRevoked() throws Exception {
        CliRun login = cli("login", "-u", RunningServer.ADMIN_USER, "--password=" + RunningServer.ADMIN_PASSWORD,
                "--token-name", "test cli");

        assertThat(login.status()).as(login.err()).isZero();
        Path file = home.resolve("cli.yaml");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).contains("token: \"smt_").contains("server: \"" + SERVER.get().url());
        JsonNode tokens = JsonMapper.builder().build().readTree(cli("tokens", "list", "-o", "json").out());
        assertThat(tokens.findValuesAsString("name")).contains("test cli");

        String id = tokens.get(0).path("id").asString();
        assertThat(cli("tokens", "revoke", id).status()).isZero();
        CliRun after = cli("users", "list");
        assertThat(after.status()).isEqualTo(1);
        assertThat(after.err()).contains("auth.token-inactive").contains("was revoked");
    }

    @Test
    void adminsAddChangeAndRemoveUsers() {
        cli("login", "-u", RunningServer.ADMIN_USER, "--password=" + RunningServer.ADMIN_PASSWORD);

        assertThat(cli("users", "add", "carl", "--role", "viewer", "--password=carl-password-1").status()).isZero();
        assertThat(cli("users", "set", "carl", "--role", "operator").out()).contains("OPERATOR");
        assertThat(cli("users", "list").out()).contains("carl").contains("OPERATOR");
        assertThat(cli("users", "remove", "carl").status()).isZero();
        assertThat(cli("users", "list").out()).doesNotContain("carl");
        CliRun wrong = cli("login", "-u", "carl", "--password=carl-password-1");
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err()).contains("auth.bad-credentials");
    }
}

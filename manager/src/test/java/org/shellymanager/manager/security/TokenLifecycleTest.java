package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;

/** API tokens over HTTP: minted with a password only, shown once, scoped, listed without secret, revoked. */
class TokenLifecycleTest {

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
        assertThat(server.post("/api/v1/users", "{\"username\":\"olga\",\"password\":\"olga-password-1\",\"role\":\"OPERATOR\"}")
                .status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RunningServer.Reply mint(String user, String password, String body) {
        return server.withAuthorization(RunningServer.basic(user, password))
                .send(server.request("/api/v1/auth/tokens").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void mintedTokenWorksUntilRevokedAndIsNeverShownAgain() {
        RunningServer.Reply minted = mint("olga", "olga-password-1", "{\"name\":\"laptop\",\"expiresInDays\":7}");
        String token = minted.body().path("token").asString();
        String id = minted.body().path("id").asString();
        RunningServer.Client olga = server.withAuthorization("Bearer " + token);

        assertThat(minted.status()).isEqualTo(201);
        assertThat(token).startsWith("smt_");
        assertThat(minted.body().path("role").asString()).isEqualTo("OPERATOR");
        assertThat(olga.get("/api/v1/auth/me").body().path("username").asString()).isEqualTo("olga");
        RunningServer.Reply listed = olga.get("/api/v1/auth/tokens");
        assertThat(listed.text()).contains(id).doesNotContain(token).doesNotContain(TokenService.hash(token));
        assertThat(listed.body().get(0).path("lastUsedAt").isNull()).isFalse();

        assertThat(olga.delete("/api/v1/auth/tokens/" + id).status()).isEqualTo(204);

        RunningServer.Reply after = olga.get("/api/v1/devices");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("auth.token-inactive");
        assertThat(server.get("/api/v1/users/olga/tokens").body().get(0).path("active").asBoolean()).isFalse();
    }

    @Test
    void aTokenIsScopedToAtMostItsAccountsRole() {
        RunningServer.Reply viewer = mint("olga", "olga-password-1", "{\"name\":\"dashboard\",\"role\":\"VIEWER\"}");
        RunningServer.Client dashboard = server.withAuthorization("Bearer " + viewer.body().path("token").asString());

        assertThat(dashboard.get("/api/v1/devices").status()).isEqualTo(200);
        assertThat(dashboard.post("/api/v1/networks", "{\"name\":\"n\",\"targets\":[\"127.0.0.1\"]}").code())
                .isEqualTo("auth.forbidden");
        RunningServer.Reply admin = mint("olga", "olga-password-1", "{\"name\":\"grab\",\"role\":\"ADMIN\"}");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.code()).isEqualTo("auth.forbidden");
    }

    @Test
    void passwordsAreAcceptedOnlyForMinting() {
        RunningServer.Reply elsewhere = server.withAuthorization(RunningServer.basic("olga", "olga-password-1"))
                .get("/api/v1/devices");
        RunningServer.Reply wrong = mint("olga", "not-her-password", "{\"name\":\"x\"}");
        RunningServer.Reply withToken = server.as(Role.ADMIN).post("/api/v1/auth/tokens", "{\"name\":\"x\"}");

        assertThat(elsewhere.status()).isEqualTo(401);
        assertThat(elsewhere.code()).isEqualTo("auth.required");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("auth.bad-credentials");
        assertThat(withToken.status()).isEqualTo(403);
    }

    @Test
    void loweringAUsersRoleLowersTheirTokens() {
        server.post("/api/v1/users", "{\"username\":\"pat\",\"password\":\"pat-password-12\",\"role\":\"ADMIN\"}");
        String token = mint("pat", "pat-password-12", "{\"name\":\"ci\"}").body().path("token").asString();

        server.patch("/api/v1/users/pat", "{\"role\":\"VIEWER\"}");

        RunningServer.Client pat = server.withAuthorization("Bearer " + token);
        assertThat(pat.get("/api/v1/auth/me").body().path("role").asString()).isEqualTo("VIEWER");
        assertThat(pat.get("/api/v1/users").status()).isEqualTo(403);
    }
}

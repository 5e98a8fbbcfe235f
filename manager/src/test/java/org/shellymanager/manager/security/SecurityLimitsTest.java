package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;

/** Login lockout and the per-token API limit over HTTP, answered as 429 problems with Retry-After. */
class SecurityLimitsTest {

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start("--shelly-manager.security.login-free-attempts=2",
                "--shelly-manager.security.login-max-lockout=10m", "--shelly-manager.security.api-requests-per-minute=20");
        server.post("/api/v1/users", "{\"username\":\"vic\",\"password\":\"vic-password-123\",\"role\":\"VIEWER\"}");
        // minted before the lockout test locks logins from this address
        server.token(Role.VIEWER);
        server.token(Role.OPERATOR);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RunningServer.Reply mint(String password) {
        return server.withAuthorization(RunningServer.basic("vic", password))
                .send(server.request("/api/v1/auth/tokens").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"t\"}")));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() {
        assertThat(mint("guess-1").code()).isEqualTo("auth.bad-credentials");
        assertThat(mint("guess-2").code()).isEqualTo("auth.bad-credentials");

        RunningServer.Reply locked = mint("vic-password-123");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.code()).isEqualTo("auth.locked");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isPositive();
        assertThat(locked.body().path("retryAfterSeconds").asLong()).isPositive();
        RunningServer.Reply audit = server.get("/api/v1/audit?actor=vic");
        assertThat(audit.body().path("items").findValuesAsString("action"))
                .as("failed and locked-out logins are in the audit log").contains("login.failed", "login.locked");
        assertThat(audit.body().path("items").findValuesAsString("result")).containsOnly("REFUSED");
    }

    @Test
    void aTokenPastItsRequestsPerMinuteIsToldWhenToRetry() {
        RunningServer.Client viewer = server.as(Role.VIEWER);
        for (int i = 0; i < 20; i++) {
            assertThat(viewer.get("/api/v1/jobs").status()).isEqualTo(200);
        }

        RunningServer.Reply limited = viewer.get("/api/v1/jobs");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("request.rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(server.as(Role.OPERATOR).get("/api/v1/jobs").status()).as("other tokens are not affected").isEqualTo(200);
    }
}

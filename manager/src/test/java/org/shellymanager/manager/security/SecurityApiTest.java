package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shellymanager.manager.security.HtmlForms.csrf;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;

/**
 * The server as an attacker meets it: headers on every answer, CSRF on browser sessions, device text escaped in
 * JSON, no device password in the database file, and every change in the audit log.
 */
class SecurityApiTest {

    private static final String DEVICE_PASSWORD = "device-secret-pw-4242";
    private static final String FLEET_PASSWORD = "fleet-default-pw-7777";
    private static final String HOSTILE_NAME = "<script>alert(1)</script>";

    private static SimulatedFleet fleet;
    private static RunningServer server;
    private static SimulatedDevice device;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().add("SNSW-001P16EU", 1, d -> d.password(DEVICE_PASSWORD)).build());
        device = fleet.devices().get(0);
        device.setName(HOSTILE_NAME);
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        fleet.close();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        List<RunningServer.Reply> replies = List.of(server.get("/api/v1/devices"), server.anonymous().get("/api/v1/devices"),
                server.as(Role.VIEWER).delete("/api/v1/devices/x"), server.anonymous().get("/login"),
                server.anonymous().get("/"), server.get("/v3/api-docs"), server.anonymous().get("/actuator/health"));

        for (RunningServer.Reply reply : replies) {
            assertThat(reply.header("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                    .doesNotContain("unsafe-inline");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(reply.header("Strict-Transport-Security")).as("HSTS only over TLS").isNull();
        }
    }

    @Test
    void aDeviceNamedLikeAScriptComesBackEscapedAndItsPasswordIsNotStoredInClear() throws IOException {
        RunningServer.Reply added = server.post("/api/v1/devices", "{\"address\":\"" + device.address()
                + "\",\"credentials\":{\"username\":\"admin\",\"password\":\"" + DEVICE_PASSWORD + "\"}}");
        server.put("/api/v1/settings/default-credentials", "{\"username\":\"admin\",\"password\":\"" + FLEET_PASSWORD + "\"}");
        server.patch("/api/v1/devices/" + added.body().path("id").asString(), "{\"name\":\"" + HOSTILE_NAME.replace("1", "2") + "\"}");
        RunningServer.Reply list = server.get("/api/v1/devices");

        assertThat(added.status()).isEqualTo(201);
        assertThat(list.text()).contains("\\u003Cscript\\u003Ealert(2)\\u003C/script\\u003E").doesNotContain("<script>")
                .doesNotContain(DEVICE_PASSWORD);
        assertThat(list.body().path("items").get(0).path("name").asString()).isEqualTo("<script>alert(2)</script>");
        try (Stream<Path> files = Files.list(server.dataDir())) {
            List<Path> database = files.filter(f -> f.getFileName().toString().startsWith("shelly-manager.db")).toList();
            assertThat(database).isNotEmpty();
            for (Path file : database) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(DEVICE_PASSWORD).doesNotContain(FLEET_PASSWORD)
                        .doesNotContain(RunningServer.ADMIN_PASSWORD);
            }
        }
    }

    @Test
    void aBrowserSessionMustSendTheCsrfTokenAndAnApiTokenNeedNot() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(server.url() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String csrf = csrf(loginPage);
        HttpResponse<String> login = browser.send(form("/login", "username=" + RunningServer.ADMIN_USER + "&password="
                + RunningServer.ADMIN_PASSWORD + "&_csrf=" + csrf), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly"));

        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/auth/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forged = browser.send(json("/api/v1/auth/logout-everywhere", null), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"via\":\"SESSION\"");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("auth.forbidden");

        String sessionCsrf = csrf(browser.send(HttpRequest.newBuilder(URI.create(server.url() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> withToken = browser.send(json("/api/v1/auth/logout-everywhere", sessionCsrf),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(204);
        HttpResponse<String> afterLogoutEverywhere = browser.send(HttpRequest.newBuilder(URI.create(server.url()
                + "/api/v1/auth/me")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(afterLogoutEverywhere.statusCode()).isEqualTo(401);
        assertThat(server.as(Role.OPERATOR).post("/api/v1/auth/logout-everywhere", "").status())
                .as("bearer calls need no CSRF token").isEqualTo(204);
    }

    @Test
    void everyChangeIsAuditedWithWhoWhatAndResult() {
        server.as(Role.VIEWER).delete("/api/v1/networks/nope");
        server.post("/api/v1/networks", "{\"name\":\"audited\",\"targets\":[\"127.0.0.1\"]}");

        RunningServer.Reply refused = server.get("/api/v1/audit?action=networks&result=REFUSED");
        RunningServer.Reply created = server.get("/api/v1/audit?action=POST%20/api/v1/networks&result=SUCCEEDED");
        RunningServer.Reply csv = server.get("/api/v1/audit/export?format=csv&action=networks");

        assertThat(refused.body().path("items").get(0).path("actor").asString()).isEqualTo(RunningServer.ADMIN_USER);
        assertThat(refused.body().path("items").get(0).path("status").asInt()).isEqualTo(403);
        assertThat(created.body().path("items").get(0).path("via").asString()).isEqualTo("TOKEN");
        assertThat(created.body().path("items").get(0).path("address").asString()).isEqualTo("127.0.0.1");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("at,actor,via,action,target,address,result,status")
                .contains("\"POST /api/v1/networks\"").contains("\"DELETE /api/v1/networks/{id}\"");
        assertThat(server.as(Role.OPERATOR).get("/api/v1/audit").status()).isEqualTo(403);
    }


    private static HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest json(String path, String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody());
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return request.build();
    }
}

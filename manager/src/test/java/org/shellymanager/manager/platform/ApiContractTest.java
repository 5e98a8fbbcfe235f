package org.shellymanager.manager.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets a problem document with a stable code, and nothing is written; health and OpenAPI are served. */
class ApiContractTest {

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start("--shelly-manager.discovery.max-scan-size=256");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void malformedRangeIsRefusedWithoutCreatingAJob() {
        RunningServer.Reply reply = server.post("/api/v1/discovery/scans", "{\"targets\":[\"10.0.0.300-10.0.0.5\"]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.code()).isEqualTo("scan.target-invalid");
        assertThat(reply.body().path("detail").asString()).contains("10.0.0.300");
        assertThat(server.get("/api/v1/jobs").body().path("total").asLong()).isZero();
    }

    @Test
    void oversizedRangeIsRefusedWithTheLimit() {
        RunningServer.Reply reply = server.post("/api/v1/discovery/scans", "{\"targets\":[\"127.0.0.0/16\"]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("scan.too-large");
        assertThat(reply.body().path("detail").asString()).contains("256");
    }

    @Test
    void missingTargetsListTheFieldAtFault() {
        RunningServer.Reply reply = server.post("/api/v1/discovery/scans", "{\"targets\":[]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("request.invalid");
        assertThat(reply.body().path("errors").get(0).path("field").asString()).isEqualTo("targets");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(server.get("/api/v1/devices/nope").code()).isEqualTo("device.not-found");
        assertThat(server.patch("/api/v1/devices/nope", "{\"name\":\"x\"}").code()).isEqualTo("device.not-found");
        assertThat(server.delete("/api/v1/devices/nope").status()).isEqualTo(404);
        assertThat(server.get("/api/v1/jobs/nope").code()).isEqualTo("job.not-found");
        assertThat(server.post("/api/v1/jobs/nope/cancel", "").code()).isEqualTo("job.not-found");
        assertThat(server.get("/api/v1/networks/nope").code()).isEqualTo("network.not-found");
        assertThat(server.get("/api/v1/no-such-thing").code()).isEqualTo("request.not-found");
    }

    @Test
    void invalidPagingAndSortingAreRefused() {
        assertThat(server.get("/api/v1/devices?size=501").code()).isEqualTo("request.invalid");
        assertThat(server.get("/api/v1/devices?sort=password,asc").code()).isEqualTo("request.invalid");
        assertThat(server.get("/api/v1/devices?online=maybe").code()).isEqualTo("request.invalid");
        RunningServer.Reply ok = server.get("/api/v1/devices?q=plug&generation=2&sort=lastSeen,desc");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().path("size").asInt()).isEqualTo(50);
    }

    @Test
    void malformedBodiesAndUnknownPatchFieldsAreRefused() {
        assertThat(server.post("/api/v1/devices", "{not json").code()).isEqualTo("request.invalid");
        assertThat(server.post("/api/v1/devices", "{\"address\":\"bad host!\"}").code()).isEqualTo("request.invalid");
        assertThat(server.put("/api/v1/settings/default-credentials", "{\"username\":\"\",\"password\":\"x\"}").code())
                .isEqualTo("request.invalid");
    }

    @Test
    void networksAreValidatedAndScheduled() {
        RunningServer.Reply created = server.post("/api/v1/networks",
                "{\"name\":\"lab\",\"targets\":[\"127.0.0.1-10\"],\"schedule\":\"PT1H\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("enabled").asBoolean()).isTrue();
        assertThat(created.body().path("nextRunAt").isString()).isTrue();

        assertThat(server.post("/api/v1/networks", "{\"name\":\"lab\",\"targets\":[\"127.0.0.1\"]}").code())
                .isEqualTo("network.duplicate");
        assertThat(server.post("/api/v1/networks", "{\"name\":\"x\",\"targets\":[\"127.0.0.1\"],\"schedule\":\"PT1S\"}").code())
                .isEqualTo("network.schedule-invalid");
        assertThat(server.post("/api/v1/networks", "{\"name\":\"y\",\"targets\":[\"127.0.0.1\"],\"schedule\":\"0 */6 * * *\"}").status())
                .isEqualTo(201);
        assertThat(server.post("/api/v1/networks", "{\"name\":\"z\",\"targets\":[\"1.2.3.4/33\"]}").code())
                .isEqualTo("scan.target-invalid");
    }

    @Test
    void defaultCredentialsAreWriteOnly() {
        server.put("/api/v1/settings/default-credentials", "{\"username\":\"admin\",\"password\":\"hunter2\"}");

        RunningServer.Reply reply = server.get("/api/v1/settings/default-credentials");

        assertThat(reply.body().path("configured").asBoolean()).isTrue();
        assertThat(reply.body().toString()).doesNotContain("hunter2");
    }

    @Test
    void servesHealthProbesAndTheOpenApiDocument() {
        assertThat(server.get("/actuator/health/liveness").body().path("status").asString()).isEqualTo("UP");
        assertThat(server.get("/actuator/health/readiness").body().path("status").asString()).isEqualTo("UP");
        RunningServer.Reply api = server.get("/v3/api-docs");
        assertThat(api.body().path("paths").has("/api/v1/devices")).isTrue();
        assertThat(api.body().path("paths").has("/api/v1/discovery/scans")).isTrue();
    }
}

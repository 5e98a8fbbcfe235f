package org.shellymanager.manager.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.Sha256;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.manager.security.Role;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/** The LAN firmware cache: checksums checked on the way in and before serving, and devices updating from it. */
class FirmwareCacheTest {

    private static final String MODEL = "SNSW-001P16EU";
    private static final byte[] IMAGE = ("{\"format\":\"shelly-simulator-firmware\",\"model\":\"" + MODEL
            + "\",\"build_id\":\"20250301-101010/1.9.0-gfeed123\"}").getBytes(StandardCharsets.UTF_8);

    private SimulatedFleet fleet;
    private RunningServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    void uploadWithAWrongChecksumIsRefusedAndNothingIsKept() throws Exception {
        server = RunningServer.start(FirmwareTestFleet.SERVER_ARGS);
        RunningServer.Reply refused = upload(MODEL, "1.9.0", "0".repeat(64), IMAGE);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("firmware.checksum-mismatch");
        assertThat(server.get("/api/v1/firmware/files").body().size()).isZero();
        try (var files = Files.list(server.dataDir().resolve("firmware"))) {
            assertThat(files).isEmpty();
        }
        assertThat(server.as(Role.OPERATOR).send(server.request("/api/v1/firmware/files?model=" + MODEL
                        + "&version=1.9.0&sha256=" + Sha256.hex(IMAGE) + "&fileName=fw.zip")
                .setHeader("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(IMAGE))).status()).isEqualTo(403);
    }

    @Test
    void importedFileUpdatesDevicesOverTheLanAndADamagedFileIsNotServed() throws Exception {
        fleet = FirmwareTestFleet.start("127.43.50.1", FleetSpec.builder().add(MODEL, 2, d -> d.firmware("1.0.0"))
                .add("SHSW-1", 1, d -> d.firmware("1.13.0")));
        server = RunningServer.start(FirmwareTestFleet.SERVER_ARGS);
        Map<String, String> ids = FirmwareTestFleet.discover(server, fleet);
        Path folder = Files.createDirectories(server.dataDir().resolve("firmware-import/batch"));
        Files.write(folder.resolve("plus1pm.zip"), IMAGE);
        Files.write(folder.resolve("tampered.zip"), IMAGE);
        Files.writeString(folder.resolve("firmware.json"), "[{\"file\":\"plus1pm.zip\",\"model\":\"" + MODEL
                + "\",\"version\":\"1.9.0\",\"sha256\":\"" + Sha256.hex(IMAGE) + "\"},{\"file\":\"tampered.zip\",\"model\":\""
                + MODEL + "\",\"version\":\"1.9.1\",\"sha256\":\"" + "ab".repeat(32) + "\"}]");

        JsonNode imported = server.post("/api/v1/firmware/files/import", "{\"folder\":\"batch\"}").body();
        assertThat(imported).extracting(o -> o.path("outcome").asString()).containsExactly("ADDED", "REFUSED");
        assertThat(imported.get(1).path("message").asString()).startsWith("firmware.checksum-mismatch");
        assertThat(server.post("/api/v1/firmware/files/import", "{\"folder\":\"../..\"}").code()).isEqualTo("request.invalid");
        String fileId = imported.get(0).path("added").path("id").asString();

        String request = "{\"fileId\":\"" + fileId + "\",\"waves\":[\"rest\"],\"verifyTimeout\":\"PT20S\"}";
        JsonNode plan = server.post("/api/v1/firmware/rollouts/plan", request).body();
        assertThat(plan.path("devices").asInt()).isEqualTo(2);
        assertThat(plan.path("excluded")).extracting(e -> e.path("reason").asString())
                .containsExactly("a SHSW-1; the file is for " + MODEL);
        String id = server.post("/api/v1/firmware/rollouts", request).body().path("id").asString();
        JsonNode done = FirmwareTestFleet.awaitRollout(server, id, r -> r.path("state").asString().equals("COMPLETED"));
        assertThat(done.path("outcomes").path("UPDATED").asInt()).isEqualTo(2);
        for (SimulatedDevice device : fleet.devices().subList(0, 2)) {
            assertThat(device.firmwareId()).isEqualTo("20250301-101010/1.9.0-gfeed123");
            assertThat(FirmwareTestFleet.device(done, ids.get(device.mac())).path("toVersion").asString()).isEqualTo("1.9.0");
        }

        JsonNode file = server.get("/api/v1/firmware/files/" + fileId).body();
        URI download = URI.create("http://127.0.0.1:" + server.bean(FirmwareDownloadServer.class).port()
                + "/firmware/" + file.path("token").asString() + "/" + file.path("fileName").asString());
        assertThat(fetch(download).statusCode()).isEqualTo(200);
        Files.write(server.dataDir().resolve("firmware").resolve(fileId + ".bin"), "tampered".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> damaged = fetch(download);
        assertThat(damaged.statusCode()).isEqualTo(409);
        assertThat(damaged.body()).contains("not " + Sha256.hex(IMAGE));
        assertThat(fetch(URI.create(download.toString().replace(file.path("token").asString(), "x".repeat(32))))
                .statusCode()).isEqualTo(404);
    }

    private RunningServer.Reply upload(String model, String version, String sha256, byte[] content) {
        return server.as(Role.ADMIN).send(server.request("/api/v1/firmware/files?model=" + model + "&version=" + version
                        + "&sha256=" + sha256 + "&fileName=fw.zip")
                .setHeader("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private static HttpResponse<String> fetch(URI uri) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}

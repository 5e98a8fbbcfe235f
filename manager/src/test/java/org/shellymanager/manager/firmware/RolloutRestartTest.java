package org.shellymanager.manager.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/** A rollout survives a restart of the manager: the same job takes up where it stopped, on the same data. */
class RolloutRestartTest {

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
    void rolloutInterruptedByAShutdownResumesUnderItsJobAndUpdatesEachDeviceOnce() throws IOException {
        fleet = FirmwareTestFleet.start("127.43.40.1", FleetSpec.builder().add("SNSW-001P16EU", 4, d -> d.firmware("1.0.0")));
        Path data = Files.createTempDirectory("shelly-manager-rollout");
        server = RunningServer.start(data, FirmwareTestFleet.SERVER_ARGS);
        FirmwareTestFleet.discover(server, fleet);
        String id = server.post("/api/v1/firmware/rollouts", "{\"channel\":\"stable\",\"waves\":[\"1\",\"rest\"],"
                + "\"concurrency\":1,\"verifyTimeout\":\"PT20S\"}").body().path("id").asString();
        FirmwareTestFleet.awaitRollout(server, id, r -> r.path("outcomes").path("UPDATED").asInt() >= 1);
        server.close();

        JsonNode between;
        server = RunningServer.start(data, FirmwareTestFleet.SERVER_ARGS);
        between = server.get("/api/v1/firmware/rollouts/" + id).body();
        assertThat(between.path("state").asString()).isIn("RUNNING", "COMPLETED");
        JsonNode done = FirmwareTestFleet.awaitRollout(server, id, r -> r.path("state").asString().equals("COMPLETED"));

        assertThat(done.path("outcomes").path("UPDATED").asInt()).isEqualTo(4);
        JsonNode job = FirmwareTestFleet.awaitJob(server, id);
        assertThat(job.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("resultCount").asInt()).isEqualTo(4);
        assertThat(job.path("results")).extracting(r -> r.path("deviceId").asString()).doesNotHaveDuplicates();
        assertThat(fleet.devices()).allSatisfy(d -> assertThat(d.firmwareId()).doesNotContain("/1.0.0-"));
    }
}

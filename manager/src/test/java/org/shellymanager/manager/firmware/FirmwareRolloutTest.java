package org.shellymanager.manager.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/** Staged rollouts on simulated fleets: waves over every generation, and the automatic halt at the failure threshold. */
class FirmwareRolloutTest {

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
    void threeWaveRolloutOverMixedGenerationsUpdatesEveryDeviceThatIsBehind() {
        fleet = FirmwareTestFleet.start("127.43.10.1", FleetSpec.builder()
                .add("SHSW-1", 2, d -> d.firmware("1.13.0"))
                .add("SNSW-001P16EU", 2, d -> d.firmware("1.0.0"))
                .add("S3SW-001P16EU", 1, d -> d.firmware("1.0.0"))
                .add("S4SW-001X16EU", 1, d -> d.firmware("1.0.0"))
                .add("SNSW-001X16EU", 1));
        server = RunningServer.start(FirmwareTestFleet.SERVER_ARGS);
        Map<String, String> ids = FirmwareTestFleet.discover(server, fleet);
        JsonNode check = FirmwareTestFleet.awaitJob(server,
                server.post("/api/v1/firmware/checks", "{}").body().path("id").asString());
        assertThat(check.path("summary").asString()).isEqualTo("1 current, 6 behind, 0 not reachable");
        assertThat(server.get("/api/v1/firmware/status").body().path("behind").asInt()).isEqualTo(6);

        String request = "{\"channel\":\"stable\",\"waves\":[\"1\",\"50%\",\"rest\"],\"concurrency\":2,"
                + "\"verifyTimeout\":\"PT20S\"}";
        JsonNode plan = server.post("/api/v1/firmware/rollouts/plan", request).body();
        assertThat(plan.path("waves")).extracting(w -> w.path("devices").size()).containsExactly(1, 4, 2);
        RunningServer.Reply created = server.post("/api/v1/firmware/rollouts", request);
        assertThat(created.status()).isEqualTo(202);
        String id = created.body().path("id").asString();

        JsonNode done = FirmwareTestFleet.awaitRollout(server, id, r -> r.path("state").asString().equals("COMPLETED"));
        assertThat(done.path("outcomes").path("UPDATED").asInt()).isEqualTo(6);
        assertThat(done.path("outcomes").path("ALREADY_CURRENT").asInt()).isEqualTo(1);
        assertThat(done.path("devices")).extracting(d -> d.path("wave").asInt()).containsExactly(1, 2, 2, 2, 2, 3, 3);
        for (SimulatedDevice simulated : fleet.devices()) {
            JsonNode outcome = FirmwareTestFleet.device(done, ids.get(simulated.mac()));
            if (outcome.path("outcome").asString().equals("UPDATED")) {
                assertThat(simulated.firmwareId()).contains(outcome.path("toVersion").asString());
                assertThat(outcome.path("fromVersion").asString()).isIn("1.13.0", "1.0.0");
            }
        }
        JsonNode job = FirmwareTestFleet.awaitJob(server, id);
        assertThat(job.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("resultCount").asInt()).isEqualTo(7);
        assertThat(server.get("/api/v1/firmware/status").body().path("behind").asInt()).isZero();
    }

    @Test
    void failedAndVanishedDevicesHaltTheRolloutAtTheThresholdUntilResumed() {
        fleet = FirmwareTestFleet.start("127.43.20.1", FleetSpec.builder()
                .add("SNSW-001P16EU", 1, d -> d.name("a").firmware("1.0.0"))
                .add("SNSW-001P16EU", 1, d -> d.name("b").firmware("1.0.0").failUpdates())
                .add("SNSW-001P16EU", 1, d -> d.name("c").firmware("1.0.0"))
                .add("SNSW-001P16EU", 1, d -> d.name("d").firmware("1.0.0"))
                .add("SNSW-001P16EU", 1, d -> d.name("e").firmware("1.0.0")));
        server = RunningServer.start(FirmwareTestFleet.SERVER_ARGS);
        Map<String, String> ids = FirmwareTestFleet.discover(server, fleet);
        SimulatedDevice vanishing = fleet.devices().get(2);
        String id = server.post("/api/v1/firmware/rollouts", "{\"channel\":\"stable\",\"waves\":[\"1\",\"rest\"],"
                + "\"concurrency\":1,\"maxFailurePercent\":25,\"verifyTimeout\":\"PT3S\"}").body().path("id").asString();

        FirmwareTestFleet.awaitRollout(server, id, r -> FirmwareTestFleet.device(r, ids.get(vanishing.mac()))
                .path("outcome").asString().equals("UPDATING"));
        vanishing.injectFault(new Fault.Refused());
        JsonNode halted = FirmwareTestFleet.awaitRollout(server, id, r -> r.path("state").asString().equals("HALTED")
                && r.path("outcomes").path("UPDATING").asInt() == 0);

        assertThat(halted.path("haltReason").asString()).isEqualTo("wave 2: 2 of 4 devices failed, more than the 25% allowed");
        assertThat(outcomes(halted)).containsExactly("UPDATED", "FAILED", "FAILED", "PENDING", "PENDING");
        assertThat(halted.path("devices").get(1).path("message").asString()).startsWith("did not come back on 1.");
        assertThat(halted.path("devices").get(1).path("message").asString()).endsWith("(last seen on 1.0.0)");
        assertThat(halted.path("devices").get(2).path("message").asString()).endsWith("(offline since)");
        assertThat(server.post("/api/v1/firmware/rollouts/" + id + "/pause", "").code()).isEqualTo("rollout.state-conflict");

        vanishing.clearFaults();
        assertThat(server.post("/api/v1/firmware/rollouts/" + id + "/resume", "").body().path("state").asString())
                .isEqualTo("RUNNING");
        JsonNode done = FirmwareTestFleet.awaitRollout(server, id, r -> r.path("state").asString().equals("COMPLETED"));
        assertThat(outcomes(done)).containsExactly("UPDATED", "FAILED", "FAILED", "UPDATED", "UPDATED");
    }

    @Test
    void pausedRolloutStartsNoDeviceAndCancelRecordsEveryOpenDevice() {
        fleet = FirmwareTestFleet.start("127.43.30.1", FleetSpec.builder().add("SNSW-001P16EU", 3, d -> d.firmware("1.0.0")));
        server = RunningServer.start(FirmwareTestFleet.SERVER_ARGS);
        FirmwareTestFleet.discover(server, fleet);
        String id = server.post("/api/v1/firmware/rollouts", "{\"channel\":\"stable\",\"waves\":[\"1\",\"rest\"],"
                + "\"concurrency\":1}").body().path("id").asString();
        assertThat(server.post("/api/v1/firmware/rollouts/" + id + "/pause", "").body().path("state").asString())
                .isEqualTo("PAUSED");
        JsonNode paused = FirmwareTestFleet.awaitRollout(server, id, r -> r.path("outcomes").path("UPDATING").asInt() == 0);
        int finished = paused.path("progress").path("done").asInt();

        JsonNode cancelled = server.post("/api/v1/firmware/rollouts/" + id + "/cancel", "").body();
        assertThat(cancelled.path("state").asString()).isEqualTo("CANCELLED");
        JsonNode job = FirmwareTestFleet.awaitJob(server, id);
        assertThat(job.path("state").asString()).isEqualTo("CANCELLED");
        JsonNode after = server.get("/api/v1/firmware/rollouts/" + id).body();
        assertThat(after.path("outcomes").path("CANCELLED").asInt()).isEqualTo(3 - finished);
        assertThat(after.path("outcomes").path("PENDING").asInt()).isZero();
    }

    private static List<String> outcomes(JsonNode rollout) {
        List<String> outcomes = new ArrayList<>();
        rollout.path("devices").forEach(d -> outcomes.add(d.path("outcome").asString()));
        return outcomes;
    }
}

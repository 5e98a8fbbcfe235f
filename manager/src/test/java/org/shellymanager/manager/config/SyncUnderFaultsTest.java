package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
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

/**
 * Sync with faults injected (timeouts, reboots, flapping connections): every device ends either in the desired
 * state or back at its snapshot, and the job says which. Password rotation with auth on.
 */
class SyncUnderFaultsTest {

    private static final String SETTINGS = "{\"sntp\":{\"server\":\"pool.ntp.org\"},\"switches\":{\"*\":{\"autoOff\":90}}}";

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
    void everyDeviceEndsDesiredOrBackAtItsSnapshotAndTheJobSaysWhich() {
        fleet = SimulatedFleet.start(FleetSpec.builder().add("SHSW-1", 2).add("SNSW-001P16EU", 2).add("S3SW-001P16EU", 2)
                .add("S4SW-001X16EU", 2).build());
        // A flapping device answers only in its short online windows, so putting it back may take many tries: each
        // lands at a random point of the cycle and wins with odds of roughly one in four to one in eight.
        server = RunningServer.start("--shelly-manager.config.drift-interval=0", "--shelly-manager.config.rollback-wait=250ms",
                "--shelly-manager.config.rollback-tries=40");
        List<String> ids = ConfigFleet.register(server, fleet);
        for (String id : ids) {
            server.post("/api/v1/config/devices/" + id + "/pull", "");
        }
        assertThat(server.put("/api/v1/config/defaults", SETTINGS).status()).isEqualTo(200);
        fleet.devices().get(0).injectFault(new Fault.Latency(Duration.ofSeconds(7)));
        fleet.devices().get(2).injectFault(new Fault.Flapping(Duration.ofMillis(120), Duration.ofMillis(600)));
        fleet.devices().get(4).injectFault(new Fault.Flapping(Duration.ofMillis(200), Duration.ofMillis(400)));
        fleet.devices().get(6).reboot();

        JsonNode job = ConfigFleet.awaitJob(server, server.post("/api/v1/config/sync", "{\"all\":true}").body());
        fleet.devices().forEach(SimulatedDevice::clearFaults);

        Map<String, String> outcomes = new HashMap<>();
        job.path("results").forEach(r -> outcomes.put(r.path("deviceId").asString(), r.path("outcome").asString()));
        assertThat(outcomes).hasSize(ids.size());
        assertThat(outcomes.get(ids.get(0))).isEqualTo("UNREACHABLE");
        assertThat(outcomes.get(ids.get(1))).isEqualTo("APPLIED");
        for (int i = 0; i < ids.size(); i++) {
            String outcome = outcomes.get(ids.get(i));
            assertThat(outcome).as("device %d", i).isIn("APPLIED", "ROLLED_BACK", "UNREACHABLE");
            JsonNode now = server.post("/api/v1/config/devices/" + ids.get(i) + "/pull", "").body();
            String sntp = now.path("sections").path(fleet.devices().get(i).generation() == 1 ? "sntp" : "sys")
                    .path(fleet.devices().get(i).generation() == 1 ? "server" : "sntp").toString();
            assertThat(sntp).as("device %d after %s", i, outcome)
                    .contains(outcome.equals("APPLIED") ? "pool.ntp.org" : "time.google.com");
        }
    }

    @Test
    void rotatesPasswordsAndChangesStoredCredentialsOnlyAfterTheDeviceConfirms() {
        fleet = SimulatedFleet.start(FleetSpec.builder().add("SHSW-PM", 1, d -> d.password("old-gen1-pass"))
                .add("SNSW-001P16EU", 1, d -> d.password("old-gen2-pass").firmware("2.0.0"))
                .add("S3SW-001P16EU", 1, d -> d.password("old-gen3-pass")).add("S4SW-001X16EU", 1).build());
        server = RunningServer.start("--shelly-manager.config.drift-interval=0");
        List<String> ids = ConfigFleet.register(server, fleet);
        fleet.devices().get(3).injectFault(new Fault.Refused());

        JsonNode job = ConfigFleet.awaitJob(server, server.post("/api/v1/config/password-rotations",
                "{\"all\":true,\"password\":\"n3w-Fleet-pass\"}").body());
        fleet.devices().get(3).clearFaults();

        Map<String, String> outcomes = new HashMap<>();
        job.path("results").forEach(r -> outcomes.put(r.path("deviceId").asString(), r.path("outcome").asString()));
        assertThat(outcomes.get(ids.get(0))).isEqualTo("ROTATED");
        assertThat(outcomes.get(ids.get(1))).isEqualTo("ROTATED");
        assertThat(outcomes.get(ids.get(2))).isEqualTo("ROTATED");
        assertThat(outcomes.get(ids.get(3))).isEqualTo("UNREACHABLE");
        for (int i = 0; i < 3; i++) {
            assertThat(server.post("/api/v1/config/devices/" + ids.get(i) + "/pull", "").status())
                    .as("the manager still gets in with the rotated password").isEqualTo(200);
        }
        assertThat(server.post("/api/v1/config/password-rotations", "{\"all\":true,\"password\":\"short\"}").code())
                .isEqualTo("request.invalid");
    }
}

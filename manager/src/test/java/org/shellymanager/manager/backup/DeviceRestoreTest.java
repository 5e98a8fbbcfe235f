package org.shellymanager.manager.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.config.ConfigFleet;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/**
 * A device's configuration restored from a backup onto the simulated device through configuration sync: from a full
 * backup and from an incremental one (whose chain holds the newer snapshot), with a dry run first; a device the
 * archive holds no snapshot of is refused.
 */
class DeviceRestoreTest {

    @Test
    void writesTheArchivedConfigurationBackOntoTheDevice() {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().add("SNSW-001P16EU", 1).build());
             RunningServer server = RunningServer.start("--shelly-manager.config.drift-interval=0",
                     "--shelly-manager.telemetry.enabled=false")) {
            String id = ConfigFleet.register(server, fleet).getFirst();
            SimulatedDevice device = fleet.devices().getFirst();
            rename(server, device, id, "Hall light");
            String full = server.post("/api/v1/backups", "").body().path("name").asString();
            rename(server, device, id, "Porch light");
            RunningServer.Reply incremental = server.post("/api/v1/backups?type=INCREMENTAL", "");
            assertThat(incremental.status()).as(incremental.body().toString()).isEqualTo(201);
            assertThat(incremental.body().path("manifest").path("backupType").asString()).isEqualTo("INCREMENTAL");
            rename(server, device, id, "Changed on the device");

            JsonNode plan = server.post("/api/v1/backups/" + full + "/devices/" + id + "/restore?dryRun=true", "").body();
            assertThat(plan.toString()).contains("sys.device.name").contains("Hall light");
            assertThat(nameOnDevice(server, id)).as("a dry run writes nothing").isEqualTo("Changed on the device");

            restore(server, "/api/v1/backups/" + full + "/devices/" + id + "/restore");
            assertThat(nameOnDevice(server, id)).isEqualTo("Hall light");
            restore(server, "/api/v1/backups/" + incremental.body().path("name").asString() + "/devices/" + id + "/restore");
            assertThat(nameOnDevice(server, id)).isEqualTo("Porch light");

            assertThat(server.post("/api/v1/backups/" + full + "/devices/no-such-device/restore", "").code())
                    .isEqualTo("config.snapshot-not-found");
        }
    }

    private static void rename(RunningServer server, SimulatedDevice device, String id, String name) {
        ConfigFleet.changeDirectly(device, null, "Sys.SetConfig", "{\"config\":{\"device\":{\"name\":\"" + name + "\"}}}");
        assertThat(server.post("/api/v1/config/devices/" + id + "/pull", "").status()).isEqualTo(200);
    }

    private static void restore(RunningServer server, String path) {
        RunningServer.Reply started = server.post(path, "");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        JsonNode job = ConfigFleet.awaitJob(server, started.body());
        assertThat(job.path("results").get(0).path("outcome").asString()).as(job.toString()).isEqualTo("APPLIED");
    }

    private static String nameOnDevice(RunningServer server, String id) {
        return server.post("/api/v1/config/devices/" + id + "/pull", "").body().path("sections").path("sys").path("device")
                .path("name").asString();
    }
}

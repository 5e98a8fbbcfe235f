package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/**
 * The device list's drift filter: of four devices in sync after a sync, one is changed on the device and three
 * are checked, so one is drifted, two are in sync and one was never checked; the filter combines with the others.
 */
class DriftFilterTest {

    private static SimulatedFleet fleet;
    private static RunningServer server;
    private static List<String> ids;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().add("SHSW-1", 1).add("SNSW-001P16EU", 3).build());
        server = RunningServer.start("--shelly-manager.config.drift-interval=0", "--shelly-manager.telemetry.enabled=false");
        ids = ConfigFleet.register(server, fleet);
        assertThat(server.put("/api/v1/config/defaults", "{\"sntp\":{\"server\":\"pool.ntp.org\"}}").status()).isEqualTo(200);
        JsonNode job = ConfigFleet.awaitJob(server, server.post("/api/v1/config/sync", "{\"all\":true}").body());
        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        ConfigFleet.changeDirectly(fleet.devices().get(1), null, "Sys.SetConfig", "{\"config\":{\"sntp\":{\"server\":\"10.1.1.1\"}}}");
        JsonNode report = server.post("/api/v1/config/drift", "{\"ids\":[\"" + ids.get(0) + "\",\"" + ids.get(1) + "\",\""
                + ids.get(2) + "\"]}").body();
        assertThat(report.path("drifted").asInt()).as(report.toString()).isEqualTo(1);
    }

    @AfterAll
    static void stop() {
        try (RunningServer started = server; SimulatedFleet simulated = fleet) {
            // closes whichever of them started
        }
    }

    @Test
    void listsDriftedInSyncAndNeverCheckedDevices() {
        assertThat(listed("drift=drifted")).containsExactly(ids.get(1));
        assertThat(listed("drift=in-sync")).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
        assertThat(listed("drift=unchecked")).containsExactly(ids.get(3));
        assertThat(listed("")).hasSize(4);
    }

    @Test
    void combinesWithTheOtherFilters() {
        assertThat(listed("drift=in-sync&generation=2")).containsExactly(ids.get(2));
        assertThat(listed("drift=IN-SYNC&generation=1")).containsExactly(ids.get(0));
        assertThat(listed("drift=drifted&generation=1")).isEmpty();
    }

    @Test
    void aDeviceBackInLineIsInSyncAtItsNextCheck() {
        ConfigFleet.changeDirectly(fleet.devices().get(1), null, "Sys.SetConfig", "{\"config\":{\"sntp\":{\"server\":\"pool.ntp.org\"}}}");
        try {
            server.post("/api/v1/config/drift", "{\"ids\":[\"" + ids.get(1) + "\"]}");
            assertThat(listed("drift=drifted")).isEmpty();
            assertThat(listed("drift=in-sync")).contains(ids.get(1));
        } finally {
            ConfigFleet.changeDirectly(fleet.devices().get(1), null, "Sys.SetConfig", "{\"config\":{\"sntp\":{\"server\":\"10.1.1.1\"}}}");
            server.post("/api/v1/config/drift", "{\"ids\":[\"" + ids.get(1) + "\"]}");
        }
    }

    @Test
    void refusesAnUnknownDriftStateWithAProblem() {
        RunningServer.Reply reply = server.get("/api/v1/devices?drift=sideways");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("code").asString()).isEqualTo("request.invalid");
        assertThat(reply.body().path("detail").asString()).contains("drifted, in-sync or unchecked");
    }

    private static List<String> listed(String query) {
        JsonNode page = server.get("/api/v1/devices?size=50&" + query).body();
        List<String> found = new ArrayList<>();
        page.path("items").forEach(device -> found.add(device.path("id").asString()));
        assertThat(page.path("total").asInt()).isEqualTo(found.size());
        return found;
    }
}

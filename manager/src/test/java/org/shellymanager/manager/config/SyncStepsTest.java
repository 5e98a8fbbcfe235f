package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/**
 * A device lost at each step of a sync in turn (two requests dropped at the first read, each write, the
 * read-back), and devices that refuse one value with -103: every device ends in the desired state or back at
 * its snapshot, and the job says which.
 */
class SyncStepsTest {

    private static final String SETTINGS = "{\"sntp\":{\"server\":\"pool.ntp.org\"},\"switches\":{\"*\":{\"autoOff\":90}}}";
    private static final int DEVICES = 24;

    private SimulatedFleet fleet;
    private RunningServer server;
    private final List<StepProxy> proxies = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (StepProxy proxy : proxies) {
            proxy.close();
        }
        if (server != null) {
            server.close();
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SHSW-1", "SNSW-001P16EU"})
    void aDeviceLostAtAnyStepEndsDesiredOrBackAtItsSnapshot(String model) {
        fleet = SimulatedFleet.start(FleetSpec.builder().add(model, DEVICES).build());
        server = startServer();
        List<String> ids = registerBehindProxies();
        assertThat(server.put("/api/v1/config/defaults", SETTINGS).status()).isEqualTo(200);

        proxies.getFirst().cut(Integer.MAX_VALUE, 1);
        assertThat(outcomes(sync(ids.subList(0, 1)))).containsValue("APPLIED");
        int steps = proxies.getFirst().requests();
        assertThat(steps).as("a whole sync fits the fleet: read, two writes, read-back").isBetween(4, DEVICES - 1);

        for (int step = 1; step <= steps; step++) {
            proxies.get(step).cut(step, 2);
        }
        Map<String, String> outcomes = outcomes(sync(ids.subList(1, steps + 1)));

        assertThat(java.util.Collections.frequency(outcomes.values(), "ROLLED_BACK"))
                .as("lost at either write: put back (lost reads are retried by the device library)").isEqualTo(2);
        assertThat(outcomes.values()).doesNotContain("ROLLBACK_FAILED");
        for (int step = 1; step <= steps; step++) {
            String outcome = outcomes.get(ids.get(step));
            assertThat(outcome).as("lost at request %d", step).isIn("APPLIED", "ROLLED_BACK", "UNREACHABLE");
            assertThat(state(ids.get(step), fleet.devices().get(step)))
                    .as("lost at request %d, %s", step, outcome)
                    .isEqualTo(outcome.equals("APPLIED") ? "pool.ntp.org/90" : "time.google.com/0");
        }
    }

    @Test
    void aDeviceThatRefusesOneValueIsPutBackAndTheOthersAreApplied() {
        fleet = SimulatedFleet.start(FleetSpec.builder().add("SNSW-001P16EU", 2).add("S3SW-001P16EU", 1).build());
        server = startServer();
        List<String> ids = ConfigFleet.register(server, fleet);
        assertThat(server.put("/api/v1/config/defaults", SETTINGS).status()).isEqualTo(200);
        fleet.devices().get(0).injectFault(new Fault.RejectConfig("sys.sntp"));
        fleet.devices().get(1).injectFault(new Fault.RejectConfig("switch:0.auto_off_delay"));

        JsonNode job = sync(ids);
        fleet.devices().forEach(SimulatedDevice::clearFaults);

        Map<String, String> outcomes = outcomes(job);
        assertThat(outcomes.get(ids.get(0))).isEqualTo("ROLLED_BACK");
        assertThat(outcomes.get(ids.get(1))).isEqualTo("ROLLED_BACK");
        assertThat(outcomes.get(ids.get(2))).isEqualTo("APPLIED");
        assertThat(job.path("results").toString()).contains("-103");
        assertThat(state(ids.get(0), fleet.devices().get(0))).isEqualTo("time.google.com/0");
        assertThat(state(ids.get(1), fleet.devices().get(1))).isEqualTo("time.google.com/0");
        assertThat(state(ids.get(2), fleet.devices().get(2))).isEqualTo("pool.ntp.org/90");
    }

    private static RunningServer startServer() {
        return RunningServer.start("--shelly-manager.config.drift-interval=0", "--shelly-manager.telemetry.enabled=false",
                "--shelly-manager.config.rollback-wait=100ms", "--shelly-manager.config.rollback-tries=3");
    }

    private List<String> registerBehindProxies() {
        List<String> ids = new ArrayList<>();
        for (SimulatedDevice device : fleet.devices()) {
            StepProxy proxy = new StepProxy(device.address());
            proxies.add(proxy);
            RunningServer.Reply added = server.post("/api/v1/devices", "{\"address\":\"" + proxy.address() + "\"}");
            assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
            ids.add(added.body().path("id").asString());
        }
        return ids;
    }

    private JsonNode sync(List<String> ids) {
        return ConfigFleet.awaitJob(server, server.post("/api/v1/config/sync",
                "{\"ids\":" + ConfigFleet.JSON.writeValueAsString(ids) + "}").body());
    }

    private static Map<String, String> outcomes(JsonNode job) {
        Map<String, String> outcomes = new HashMap<>();
        job.path("results").forEach(r -> outcomes.put(r.path("deviceId").asString(), r.path("outcome").asString()));
        return outcomes;
    }

    /** {@code <sntp server>/<auto-off seconds, 0 when off>} as the device reports it now. */
    private String state(String id, SimulatedDevice device) {
        JsonNode sections = server.post("/api/v1/config/devices/" + id + "/pull", "").body().path("sections");
        if (device.generation() == 1) {
            return sections.path("sntp").path("server").asString() + "/"
                    + sections.path("relays").path(0).path("auto_off").asInt();
        }
        JsonNode sw = sections.path("switch:0");
        return sections.path("sys").path("sntp").path("server").asString() + "/"
                + (sw.path("auto_off").asBoolean() ? sw.path("auto_off_delay").asInt() : 0);
    }
}

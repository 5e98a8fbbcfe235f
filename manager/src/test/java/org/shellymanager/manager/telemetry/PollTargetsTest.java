package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;

/**
 * The devices under watch follow the inventory at each sync: an added device is polled, a forgotten one no more, a
 * changed one with its new fields.
 */
class PollTargetsTest {

    @Test
    void aSyncStartsWatchingAnAddedDeviceAndStopsWatchingAForgottenOne() {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().add("SNSW-001P16EU", 2).add("SHSW-1", 1).build());
             RunningServer server = RunningServer.start("--shelly-manager.telemetry.interval=1h")) {
            List<SimulatedDevice> devices = fleet.devices();
            PollTargets targets = server.bean(PollTargets.class);
            String first = Devices.add(server, devices.get(0));
            String second = Devices.add(server, devices.get(1));
            targets.sync();
            assertThat(watched(targets)).containsExactlyInAnyOrder(first, second);
            Device unchanged = targets.find(first).orElseThrow().device();
            targets.sync();
            assertThat(targets.find(first).orElseThrow().device()).as("an unchanged device keeps its record")
                    .isSameAs(unchanged);

            assertThat(server.delete("/api/v1/devices/" + first).status()).isEqualTo(204);
            String third = Devices.add(server, devices.get(2));
            assertThat(server.patch("/api/v1/devices/" + second, "{\"name\":\"Hall light\"}").status()).isEqualTo(200);
            targets.sync();

            assertThat(watched(targets)).containsExactlyInAnyOrder(second, third);
            assertThat(targets.find(second).orElseThrow().device().name()).isEqualTo("Hall light");
            assertThat(targets.find(third).orElseThrow().device().model()).isEqualTo("SHSW-1");
        }
    }

    private static List<String> watched(PollTargets targets) {
        return targets.all().stream().map(t -> t.device().id()).toList();
    }
}

package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.manager.security.Role;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;

/** 'status', 'control' and 'history' against the real server and a simulated plug. */
class StatusControlHistoryCommandsTest {

    @Test
    void switchesAPlugShowsItsStatusAndItsHistory() {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().add("SNPL-00112EU", 1).build());
             RunningServer server = RunningServer.start("--shelly-manager.telemetry.interval=1h")) {
            SimulatedDevice plug = fleet.devices().getFirst();
            plug.setOutput(0, false);
            String id = server.post("/api/v1/devices", "{\"address\":\"" + plug.address() + "\"}").body().path("id").asString();

            CliRun control = cli(server, "control", id, "on");
            assertThat(control.status()).as(control.err()).isZero();
            assertThat(control.out()).contains("outcome:", "DONE");
            assertThat(plug.output(0)).isTrue();

            CliRun status = cli(server, "status", id, "--refresh");
            assertThat(status.out()).contains("state:", "ONLINE", "switch:0", "output", "1.0");

            CliRun history = cli(server, "history", id, "--from", Instant.now().minusSeconds(3600).toString(), "--metric", "power");
            assertThat(history.status()).as(history.err()).isZero();
            assertThat(history.out()).contains("at resolution raw");

            CliRun bad = cli(server, "control", id, "sideways");
            assertThat(bad.status()).isEqualTo(1);
            assertThat(bad.err()).contains("request.invalid");
        }
    }

    private static CliRun cli(RunningServer server, String... args) {
        return CliRun.run(Map.of(CliEnvironment.SERVER_VARIABLE, server.url(), CliEnvironment.TOKEN_VARIABLE,
                server.token(Role.ADMIN)), null, args);
    }
}

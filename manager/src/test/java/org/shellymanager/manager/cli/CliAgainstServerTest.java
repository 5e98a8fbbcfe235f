package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.manager.security.Role;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLI in this process against the real server, which discovers a small simulated fleet on loopback. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliAgainstServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static SimulatedFleet fleet;
    private static RunningServer server;
    private static String url;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder()
                .add("SNSW-001P16EU", 1).add("SHSW-1", 1).add("SNSW-102P16EU", 1, device -> device.password("pw-1"))
                .build());
        server = RunningServer.start();
        url = "http://127.0.0.1:" + server.bean(Environment.class).getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    private static CliRun cli(String... args) {
        return CliRun.run(Map.of(CliEnvironment.SERVER_VARIABLE, url, CliEnvironment.TOKEN_VARIABLE, server.token(Role.ADMIN)),
                null, args);
    }

    private static JsonNode json(CliRun run) {
        return JSON.readTree(run.out());
    }

    private static String id(SimulatedDevice device) {
        JsonNode page = json(cli("devices", "list", "--q", device.mac(), "-o", "json"));
        return page.path("items").get(0).path("id").asString();
    }

    @Test
    @Order(1)
    void discoverWaitsForTheScanAndListsWhatItFound() {
        List<String> addresses = fleet.devices().stream().map(SimulatedDevice::address).toList();

        CliRun run = cli("discover", String.join(",", addresses.subList(0, 2)), addresses.get(2), "--wait");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("SUCCEEDED, 3/3 done");
        addresses.forEach(address -> assertThat(run.out()).contains(address));
        assertThat(run.err()).contains("DISCOVERY SUCCEEDED: 3/3 (100%)");
    }

    @Test
    @Order(2)
    void devicesListShowsTheWholeFleetAndFiltersOnNeedsCredentials() {
        JsonNode all = json(cli("devices", "list", "-o", "json"));
        JsonNode locked = json(cli("devices", "list", "--needs-credentials", "-o", "json"));

        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(all.path("items").findValuesAsString("mac"))
                .containsExactlyInAnyOrderElementsOf(fleet.devices().stream().map(SimulatedDevice::mac).toList());
        assertThat(locked.path("items").findValuesAsString("model")).containsExactly("SNSW-102P16EU");
        assertThat(cli("devices", "list").out()).contains("Shelly Plus 1PM (SNSW-001P16EU)").contains("devices 1-3 of 3");
    }

    @Test
    @Order(3)
    void setChangesOnlyTheGivenFieldsAndShowPrintsThem() {
        String id = id(fleet.devices().get(0));

        CliRun set = cli("devices", "set", id, "--name", "Kitchen light", "--tags", "light,kitchen");
        CliRun show = cli("devices", "show", id, "-o", "yaml");

        assertThat(set.status()).isZero();
        assertThat(show.out()).contains("name: \"Kitchen light\"").contains("- \"light\"").contains("- \"kitchen\"");
    }

    @Test
    @Order(4)
    void credentialsGivenWithSetClearTheNeedForThem() {
        String id = id(fleet.devices().get(2));

        CliRun run = cli("devices", "set", id, "--password", "pw-1", "-o", "json");

        assertThat(run.status()).isZero();
        assertThat(json(run).path("hasCredentials").asBoolean()).isTrue();
    }

    @Test
    @Order(5)
    void unknownDeviceIsAOneLineErrorWithTheServersCode() {
        CliRun run = cli("devices", "show", "no-such-device");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").endsWith("[device.not-found, HTTP 404]" + System.lineSeparator());
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    @Order(6)
    void oversizedScanIsRefusedWithTheServersReason() {
        CliRun run = cli("discover", "10.0.0.0/8");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("'10.0.0.0/8'").contains("scan.");
    }

    @Test
    @Order(7)
    void forgetRemovesTheDeviceFromTheList() {
        String id = id(fleet.devices().get(1));

        CliRun run = cli("devices", "forget", id);

        assertThat(run.status()).isZero();
        assertThat(json(cli("devices", "list", "-o", "json")).path("total").asLong()).isEqualTo(2);
        assertThat(cli("jobs", "list").out()).contains("DISCOVERY  SUCCEEDED  3/3");
    }
}

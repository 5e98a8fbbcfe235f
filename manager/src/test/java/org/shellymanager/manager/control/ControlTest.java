package org.shellymanager.manager.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.manager.security.Role;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/** Control of every kind of component on simulated devices, one at a time and many as a job. */
class ControlTest {

    private static SimulatedFleet fleet;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder()
                .add("SHSW-1", 1, d -> d.user("admin").password("gen1-secret"))
                .add("SNSW-001P16EU", 1, d -> d.password("gen2-secret").firmware("2.0.0"))
                .add("SHSW-25", 1, d -> d.profile("roller"))
                .add("SNSW-102P16EU", 1, d -> d.profile("cover"))
                .add("SHDM-2", 1)
                .add("SHRGBW2", 1)
                .add("SHRGBW2", 1, d -> d.profile("white"))
                .add("S4PL-00416EU", 2)
                .build());
        server = RunningServer.start("--shelly-manager.telemetry.interval=1h");
        for (SimulatedDevice device : fleet.devices()) {
            String login = device.password() == null ? "" : ",\"credentials\":{\"username\":\"admin\",\"password\":\""
                    + device.password() + "\"}";
            assertThat(server.post("/api/v1/devices", "{\"address\":\"" + device.address() + "\"" + login + "}").status())
                    .isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        fleet.close();
    }

    @Test
    void switchesGen1AndGen2RelaysOnOffAndToggleAndTheStatusFollows() {
        for (SimulatedDevice device : fleet.devices().subList(0, 2)) {
            assertThat(control(device, "{\"component\":\"switch\",\"action\":\"on\"}").path("outcome").asString())
                    .isEqualTo("DONE");
            assertThat(device.output(0)).as(device.model()).isTrue();
            assertThat(status(device)).contains("{\"channel\":\"switch:0\",\"metric\":\"output\",\"value\":1.0}");
            control(device, "{\"component\":\"switch\",\"action\":\"toggle\"}");
            assertThat(device.output(0)).isFalse();
            control(device, "{\"component\":\"switch\",\"channel\":0,\"action\":\"off\"}");
            assertThat(device.output(0)).isFalse();
        }
    }

    @Test
    void aTimerTurnsTheOutputBackByItself() {
        SimulatedDevice device = fleet.devices().get(1);
        control(device, "{\"component\":\"switch\",\"action\":\"on\",\"timerSeconds\":1}");
        assertThat(device.output(0)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !device.output(0));
    }

    @Test
    void movesGen1RollersAndGen2Covers() {
        for (SimulatedDevice device : fleet.devices().subList(2, 4)) {
            control(device, "{\"component\":\"cover\",\"action\":\"close\"}");
            control(device, "{\"component\":\"cover\",\"action\":\"stop\"}");
            int stopped = device.coverPosition(0);
            control(device, "{\"component\":\"cover\",\"action\":\"position\",\"position\":" + (stopped > 50 ? 40 : 60) + "}");
            await().atMost(Duration.ofSeconds(10)).until(() -> device.coverPosition(0) != stopped);
            control(device, "{\"component\":\"cover\",\"action\":\"open\"}");
            assertThat(control(device, "{\"component\":\"cover\",\"action\":\"stop\"}").path("outcome").asString())
                    .as(device.model()).isEqualTo("DONE");
        }
    }

    @Test
    void dimsAndColoursGen1Lights() {
        SimulatedDevice dimmer = fleet.devices().get(4);
        control(dimmer, "{\"component\":\"light\",\"action\":\"on\",\"brightness\":40}");
        assertThat(status(dimmer)).contains("{\"channel\":\"light:0\",\"metric\":\"brightness\",\"value\":40.0}",
                "{\"channel\":\"light:0\",\"metric\":\"output\",\"value\":1.0}");
        SimulatedDevice rgbw = fleet.devices().get(5);
        control(rgbw, "{\"component\":\"light\",\"action\":\"on\",\"color\":{\"red\":255,\"green\":80,\"blue\":0},"
                + "\"brightness\":60}");
        assertThat(status(rgbw)).contains("{\"channel\":\"light:0\",\"metric\":\"output\",\"value\":1.0}");
        SimulatedDevice white = fleet.devices().get(6);
        control(white, "{\"component\":\"light\",\"channel\":3,\"action\":\"on\",\"brightness\":25}");
        assertThat(status(white)).contains("{\"channel\":\"light:3\",\"metric\":\"brightness\",\"value\":25.0}");
        control(white, "{\"component\":\"light\",\"channel\":3,\"action\":\"off\"}");
        assertThat(status(white)).contains("{\"channel\":\"light:3\",\"metric\":\"output\",\"value\":0.0}");
    }

    @Test
    void controlsManyDevicesByTagAsAJobWithOneResultEach() {
        SimulatedDevice first = fleet.devices().get(7);
        SimulatedDevice second = fleet.devices().get(8);
        for (SimulatedDevice strip : java.util.List.of(first, second)) {
            server.patch("/api/v1/devices/" + id(strip), "{\"tags\":[\"strips\"]}");
            strip.setOutput(2, false);
        }
        RunningServer.Reply started = server.post("/api/v1/control",
                "{\"tag\":\"strips\",\"command\":{\"component\":\"switch\",\"channel\":2,\"action\":\"on\"}}");
        assertThat(started.status()).isEqualTo(202);
        String job = started.body().path("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> server.get("/api/v1/jobs/" + job).body().path("state")
                .asString().equals("SUCCEEDED"));
        JsonNode results = server.get("/api/v1/jobs/" + job).body().path("results");
        assertThat(results.valueStream().map(r -> r.path("outcome").asString())).containsExactly("DONE", "DONE");
        assertThat(first.output(2)).isTrue();
        assertThat(second.output(2)).isTrue();
        assertThat(server.get("/api/v1/jobs/" + job).body().path("kind").asString()).isEqualTo("CONTROL");
    }

    @Test
    void refusalsAndBadCommandsAreProblemsWithACode() {
        SimulatedDevice plug = fleet.devices().get(7);
        assertThat(server.post("/api/v1/devices/" + id(plug) + "/control", "{\"component\":\"cover\",\"action\":\"open\"}")
                .code()).isEqualTo("control.rejected");
        assertThat(server.post("/api/v1/devices/" + id(plug) + "/control", "{\"component\":\"switch\",\"action\":\"up\"}")
                .code()).isEqualTo("request.invalid");
        assertThat(server.post("/api/v1/devices/" + id(plug) + "/control",
                "{\"component\":\"switch\",\"action\":\"toggle\",\"timerSeconds\":5}").code()).isEqualTo("request.invalid");
        assertThat(server.post("/api/v1/control", "{\"tag\":\"nobody-has-this\",\"command\":{\"component\":\"switch\","
                + "\"action\":\"on\"}}").code()).isEqualTo("control.no-devices");
        assertThat(server.post("/api/v1/devices/nope/control", "{\"component\":\"switch\",\"action\":\"on\"}").code())
                .isEqualTo("device.not-found");
    }

    @Test
    void viewersMayNotControl() {
        SimulatedDevice plug = fleet.devices().get(7);
        assertThat(server.as(Role.VIEWER).post("/api/v1/devices/" + id(plug) + "/control",
                "{\"component\":\"switch\",\"action\":\"on\"}").status()).isEqualTo(403);
        assertThat(server.as(Role.OPERATOR).post("/api/v1/devices/" + id(plug) + "/control",
                "{\"component\":\"switch\",\"action\":\"on\"}").status()).isEqualTo(200);
    }

    private static JsonNode control(SimulatedDevice device, String command) {
        RunningServer.Reply reply = server.post("/api/v1/devices/" + id(device) + "/control", command);
        assertThat(reply.status()).as(device.model() + " " + command + ": " + reply.text()).isEqualTo(200);
        return reply.body();
    }

    private static String status(SimulatedDevice device) {
        return server.get("/api/v1/devices/" + id(device) + "/status").body().path("readings").toString();
    }

    private static String id(SimulatedDevice device) {
        return server.get("/api/v1/devices?q=" + device.mac()).body().path("items").get(0).path("id").asString();
    }
}

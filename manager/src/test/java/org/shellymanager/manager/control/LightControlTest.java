package org.shellymanager.manager.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.device.model.LightComponent;
import org.shellymanager.device.model.Rgbw;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;

/**
 * Control of the Gen2+ lights: the Plus RGBW PM in its light, rgb and rgbw profiles and the Dimmer Gen3, checked in
 * the manager's status and, for what the status readings do not carry (colour), on the device itself.
 */
class LightControlTest {

    private static SimulatedFleet fleet;
    private static RunningServer server;
    private static ShellyDevices devices;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder()
                .add("SNDC-0D4P10WW", 1, d -> d.profile("light"))
                .add("SNDC-0D4P10WW", 1, d -> d.profile("rgb"))
                .add("SNDC-0D4P10WW", 1, d -> d.profile("rgbw"))
                .add("S3DM-0A101WWL", 1)
                .build());
        server = RunningServer.start("--shelly-manager.telemetry.interval=1h");
        devices = ShellyDevices.create();
        for (SimulatedDevice device : fleet.devices()) {
            assertThat(server.post("/api/v1/devices", "{\"address\":\"" + device.address() + "\"}").status()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        devices.close();
        server.close();
        fleet.close();
    }

    @Test
    void switchesAndDimsEachChannelOfThePlusRgbwPmInTheLightProfile() {
        SimulatedDevice device = fleet.devices().get(0);
        control(device, "{\"component\":\"light\",\"channel\":2,\"action\":\"on\",\"brightness\":35}");
        assertThat(status(device)).contains("{\"channel\":\"light:2\",\"metric\":\"output\",\"value\":1.0}",
                "{\"channel\":\"light:2\",\"metric\":\"brightness\",\"value\":35.0}",
                "{\"channel\":\"light:0\",\"metric\":\"output\",\"value\":0.0}");
        control(device, "{\"component\":\"light\",\"channel\":2,\"action\":\"off\"}");
        assertThat(status(device)).contains("{\"channel\":\"light:2\",\"metric\":\"output\",\"value\":0.0}");
    }

    @Test
    void coloursTheRgbProfileAndTheRgbwProfileWithItsWhiteChannel() {
        SimulatedDevice rgb = fleet.devices().get(1);
        control(rgb, "{\"component\":\"light\",\"action\":\"on\",\"color\":{\"red\":255,\"green\":80,\"blue\":0},"
                + "\"brightness\":60}");
        assertThat(status(rgb)).contains("{\"channel\":\"rgb:0\",\"metric\":\"output\",\"value\":1.0}",
                "{\"channel\":\"rgb:0\",\"metric\":\"brightness\",\"value\":60.0}");
        assertThat(light(rgb, "rgb:0").color()).isEqualTo(Rgbw.rgb(255, 80, 0));

        SimulatedDevice rgbw = fleet.devices().get(2);
        control(rgbw, "{\"component\":\"light\",\"action\":\"set\",\"color\":{\"red\":10,\"green\":20,\"blue\":30,"
                + "\"white\":40},\"brightness\":80}");
        control(rgbw, "{\"component\":\"light\",\"action\":\"on\"}");
        LightComponent light = light(rgbw, "rgbw:0");
        assertThat(light.on()).isTrue();
        assertThat(light.brightness()).isEqualTo(80);
        assertThat(light.color()).isEqualTo(new Rgbw(10, 20, 30, 40));
        control(rgbw, "{\"component\":\"light\",\"action\":\"off\"}");
        assertThat(status(rgbw)).contains("{\"channel\":\"rgbw:0\",\"metric\":\"output\",\"value\":0.0}");
    }

    @Test
    void switchesAndDimsTheDimmerGen3() {
        SimulatedDevice dimmer = fleet.devices().get(3);
        control(dimmer, "{\"component\":\"light\",\"action\":\"on\",\"brightness\":70,\"transitionMs\":0}");
        assertThat(status(dimmer)).contains("{\"channel\":\"light:0\",\"metric\":\"output\",\"value\":1.0}",
                "{\"channel\":\"light:0\",\"metric\":\"brightness\",\"value\":70.0}");
        control(dimmer, "{\"component\":\"light\",\"action\":\"set\",\"brightness\":20}");
        assertThat(light(dimmer, "light:0").brightness()).isEqualTo(20);
        control(dimmer, "{\"component\":\"light\",\"action\":\"off\"}");
        assertThat(status(dimmer)).contains("{\"channel\":\"light:0\",\"metric\":\"output\",\"value\":0.0}");
    }

    private static void control(SimulatedDevice device, String command) {
        RunningServer.Reply reply = server.post("/api/v1/devices/" + id(device) + "/control", command);
        assertThat(reply.status()).as(device.model() + " " + device.profile() + " " + command + ": " + reply.text())
                .isEqualTo(200);
        assertThat(reply.body().path("outcome").asString()).as(reply.text()).isEqualTo("DONE");
    }

    private static String status(SimulatedDevice device) {
        return server.post("/api/v1/devices/" + id(device) + "/status/refresh", "").body().path("readings").toString();
    }

    /** The light as the device itself reports it. */
    private static LightComponent light(SimulatedDevice device, String key) {
        try (ShellyClient client = devices.connect(DeviceAddress.parse(device.address()), null)) {
            return client.status().find(LightComponent.class, key).orElseThrow();
        }
    }

    private static String id(SimulatedDevice device) {
        return server.get("/api/v1/devices?q=" + device.mac()).body().path("items").get(0).path("id").asString();
    }
}

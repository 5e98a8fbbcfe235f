package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FirmwareAndProvisioningTest {

    private SimulatedFleet fleet;

    @AfterEach
    void stop() {
        fleet.close();
    }

    private SimulatedDevice start(java.util.function.Consumer<DeviceSpec.Builder> options, String model) {
        fleet = SimulatedFleet.start(FleetSpec.builder().updateOffline(Duration.ofMillis(400))
                .rebootOffline(Duration.ofMillis(100)).add(model, 1, options).build());
        return fleet.devices().getFirst();
    }

    @Test
    void gen2UpdateComesBackOnTheCatalogueVersion() {
        SimulatedDevice device = start(d -> d.firmware("1.0.0"), "SNSW-001P16EU");
        JsonNode check = TestHttp.json(TestHttp.get(device.address(), "/rpc/Shelly.CheckForUpdate"));
        assertThat(check.path("stable").path("version").asString()).isEqualTo("1.1.0");
        assertThat(TestHttp.get(device.address(), "/rpc/Shelly.Update?stage=%22stable%22").statusCode()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                TestHttp.json(TestHttp.get(device.address(), "/shelly")).path("ver").asString().equals("1.1.0"));
        assertThat(TestHttp.json(TestHttp.get(device.address(), "/rpc/Shelly.CheckForUpdate")).size()).isEqualTo(1);
    }

    @Test
    void failingUpdateKeepsTheOldVersion() throws InterruptedException {
        SimulatedDevice device = start(d -> d.firmware("1.0.0").failUpdates(), "SNSW-001P16EU");
        TestHttp.get(device.address(), "/rpc/Shelly.Update");
        Thread.sleep(800);
        assertThat(TestHttp.json(TestHttp.get(device.address(), "/shelly")).path("ver").asString()).isEqualTo("1.0.0");
    }

    @Test
    void gen1UpdateReportsUpdatingThenTheNewFirmware() {
        SimulatedDevice device = start(d -> d.firmware("1.13.0"), "SHSW-1");
        JsonNode ota = TestHttp.json(TestHttp.get(device.address(), "/ota?update=true"));
        assertThat(ota.path("status").asString()).isEqualTo("updating");
        Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                TestHttp.json(TestHttp.get(device.address(), "/shelly")).path("fw").asString().contains("v1.14.0"));
    }

    @Test
    void gen1DeviceInApModeJoinsTheLanAndDropsItsAccessPoint() {
        SimulatedDevice device = start(DeviceSpec.Builder::unprovisioned, "SHPLG-S");
        assertThat(device.apSsid()).isEqualTo(device.id());
        JsonNode status = TestHttp.json(TestHttp.get(device.apAddress(), "/status"));
        assertThat(status.path("wifi_sta").path("connected").asBoolean()).isFalse();
        TestHttp.get(device.apAddress(), "/settings/sta?enabled=1&ssid=Home&key=secret&ipv4_method=dhcp");
        Awaitility.await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() ->
                TestHttp.get(device.address(), "/shelly").statusCode() == 200);
        assertThat(device.provisioned()).isTrue();
    }

    @Test
    void gen2DeviceKeepsItsAccessPointUntilTold() {
        SimulatedDevice device = start(DeviceSpec.Builder::unprovisioned, "SNSW-001P16EU");
        assertThat(device.apSsid()).isEqualTo("ShellyPlus1PM-" + device.mac());
        TestHttp.post(device.apAddress(), "/rpc", "{\"id\":1,\"src\":\"p\",\"method\":\"WiFi.SetConfig\","
                + "\"params\":{\"config\":{\"sta\":{\"ssid\":\"Home\",\"pass\":\"pw\",\"enable\":true}}}}");
        Awaitility.await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() ->
                TestHttp.get(device.address(), "/shelly").statusCode() == 200);
        assertThat(TestHttp.get(device.apAddress(), "/shelly").statusCode()).isEqualTo(200);
        TestHttp.post(device.address(), "/rpc/WiFi.SetConfig", "{\"config\":{\"ap\":{\"enable\":false}}}");
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            try {
                TestHttp.get(device.apAddress(), "/shelly");
                return false;
            } catch (java.io.UncheckedIOException e) {
                return true;
            }
        });
    }
}

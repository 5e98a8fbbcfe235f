package org.shellymanager.device.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.MqttSettings;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.WifiStation;
import tools.jackson.databind.JsonNode;

/** The generation-neutral setters change what the simulated device reports, and login goes on and off. */
class SimulatedConfigurationTest {

    private static SimulatedCaseFleet fleet;

    @BeforeAll
    static void start() {
        fleet = SimulatedCaseFleet.start(SimulatedCase.all());
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    static List<SimulatedCase> cases() {
        return SimulatedCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void setsNameWifiMqttAndCloudAsTheDeviceReportsThem(SimulatedCase c) {
        try (ShellyClient client = fleet.connect(c)) {
            assertThat(client.setName("Cross check")).isInstanceOf(RpcResult.Ok.class);
            assertThat(client.setWifiStation(new WifiStation(true, "Backup-LAN", "backup-key", null, null, null, null,
                    true))).isInstanceOf(RpcResult.Ok.class);
            assertThat(client.setMqtt(new MqttSettings(true, "broker.lan:1883", "shelly", "mqtt-secret", null)))
                    .isInstanceOf(RpcResult.Ok.class);
            assertThat(client.setCloudEnabled(true)).isInstanceOf(RpcResult.Ok.class);

            JsonNode config = client.config().raw();
            assertThat(client.config().name()).isEqualTo("Cross check");
            if (c.gen() == 1) {
                assertThat(config.path("wifi_sta1").path("ssid").asString()).isEqualTo("Backup-LAN");
                assertThat(config.path("wifi_sta1").path("enabled").asBoolean()).isTrue();
                assertThat(config.path("mqtt").path("enable").asBoolean()).isTrue();
                assertThat(config.path("mqtt").path("server").asString()).isEqualTo("broker.lan:1883");
                assertThat(config.path("cloud").path("enabled").asBoolean()).isTrue();
            } else {
                assertThat(config.path("wifi").path("sta1").path("ssid").asString()).isEqualTo("Backup-LAN");
                assertThat(config.path("mqtt").path("enable").asBoolean()).isTrue();
                assertThat(config.path("mqtt").path("server").asString()).isEqualTo("broker.lan:1883");
                assertThat(config.path("cloud").path("enable").asBoolean()).isTrue();
            }
            assertThat(config.toString()).doesNotContain("backup-key").doesNotContain("mqtt-secret");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void turnsLoginOnWithANewPasswordAndOffAgain(SimulatedCase c) {
        try (ShellyClient client = fleet.connect(c)) {
            assertThat(client.setPassword("changed-secret")).isInstanceOf(RpcResult.Ok.class);
        }
        assertThat(fleet.library().identify(fleet.address(c)).authRequired()).isTrue();
        try (ShellyClient withoutLogin = fleet.connect(c, null)) {
            assertThatThrownBy(withoutLogin::status).isInstanceOf(DeviceUnauthorizedException.class);
        }
        if (c.password() != null) {
            try (ShellyClient oldPassword = fleet.connect(c)) {
                assertThatThrownBy(oldPassword::status).isInstanceOf(DeviceUnauthorizedException.class);
            }
        }
        try (ShellyClient client = fleet.connect(c, "changed-secret")) {
            assertThat(client.status().findSystem()).isPresent();
            assertThat(client.setPassword(null)).isInstanceOf(RpcResult.Ok.class);
        }
        assertThat(fleet.library().identify(fleet.address(c)).authRequired()).isFalse();
        try (ShellyClient open = fleet.connect(c, null)) {
            assertThat(open.status().findSystem()).isPresent();
        }
    }
}

package org.shellymanager.device.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.Fixtures;
import org.shellymanager.device.LightCommand;
import org.shellymanager.device.MqttSettings;
import org.shellymanager.device.RpcClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.device.UpdateTarget;
import org.shellymanager.device.WifiStation;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.Capabilities;
import org.shellymanager.device.model.Rgbw;
import org.shellymanager.device.testing.FakeShellyServer;
import org.shellymanager.device.testing.RpcReplies;
import tools.jackson.databind.JsonNode;

/** The generation-neutral calls turn into the documented Gen2+ methods and parameters. */
class RpcClientCommandsTest {

    private static final String PRO3EM = "aioshelly/shelly-pro-3em_SPEM-003CEBEU/";
    private FakeShellyServer server;
    private ShellyDevices devices;

    @AfterEach
    void close() {
        devices.close();
        server.close();
    }

    private RpcClient connect(JsonNode status) {
        server = new FakeShellyServer(Fixtures.json(PRO3EM + "Shelly.GetDeviceInfo.json"))
                .result("Shelly.GetStatus", status)
                .result("Shelly.ListProfiles", Json.parseOrNull("{\"profiles\":{\"triphase\":{},\"monophase\":{}}}"))
                .result("Shelly.CheckForUpdate", Json.parseOrNull("{\"beta\":{\"version\":\"1.2.0-beta1\",\"build_id\":\"b\"}}"));
        for (String method : List.of("RGBW.Set", "Light.Set", "Shelly.Update", "WiFi.SetConfig", "MQTT.SetConfig",
                "Shelly.SetAuth", "Cover.GoToPosition", "Sys.SetConfig")) {
            server.rpc(method, params -> RpcReplies.result(Json.parseOrNull("{\"restart_required\":false}")));
        }
        devices = ShellyDevices.create();
        return (RpcClient) devices.connect(server.address(), null);
    }

    private JsonNode last(String method) {
        return server.rpcFrames().reversed().stream().filter(f -> f.path("method").asString().equals(method))
                .findFirst().orElseThrow().path("params");
    }

    @Test
    void setLightPicksTheComponentKindAtThatChannel() {
        RpcClient client = connect(Json.parseOrNull("{\"rgbw:0\":{\"id\":0,\"output\":false},\"light:1\":{\"id\":1}}"));
        client.setLight(LightCommand.channel(0).on(true).color(new Rgbw(1, 2, 3, 4)).brightness(50)
                .transition(Duration.ofMillis(1500)));
        assertThat(last("RGBW.Set")).isEqualTo(Json.parseOrNull(
                "{\"id\":0,\"on\":true,\"brightness\":50,\"rgb\":[1,2,3],\"white\":4,\"transition_duration\":1.5}"));
        client.setLight(LightCommand.channel(1).brightness(10));
        assertThat(last("Light.Set")).isEqualTo(Json.parseOrNull("{\"id\":1,\"brightness\":10}"));
    }

    @Test
    void configurationCallsUseTheServiceSetConfigShapes() {
        RpcClient client = connect(Fixtures.json(PRO3EM + "Shelly.GetStatus.json"));
        client.setWifiStation(new WifiStation(true, "Lan", "pw", "10.0.0.9", "255.0.0.0", "10.0.0.1", "10.0.0.1", true));
        assertThat(last("WiFi.SetConfig")).isEqualTo(Json.parseOrNull("{\"config\":{\"sta1\":{\"enable\":true,\"ssid\":\"Lan\","
                + "\"pass\":\"pw\",\"ipv4mode\":\"static\",\"ip\":\"10.0.0.9\",\"netmask\":\"255.0.0.0\",\"gw\":\"10.0.0.1\","
                + "\"nameserver\":\"10.0.0.1\"}}}"));
        client.setMqtt(new MqttSettings(true, "broker:1883", null, null, "fleet-1"));
        assertThat(last("MQTT.SetConfig")).isEqualTo(Json.parseOrNull(
                "{\"config\":{\"enable\":true,\"server\":\"broker:1883\",\"client_id\":\"fleet-1\"}}"));
        client.setName("Kitchen");
        assertThat(last("Sys.SetConfig").path("config").path("device").path("name").asString()).isEqualTo("Kitchen");
        client.setPassword("secret");
        assertThat(last("Shelly.SetAuth").path("ha1").asString())
                .isEqualTo(org.shellymanager.device.auth.Digest.ha1("admin", "shellypro3em-aabbccddeeff", "secret"));
        client.moveCover(0, 30);
        assertThat(last("Cover.GoToPosition")).isEqualTo(Json.parseOrNull("{\"id\":0,\"pos\":30}"));
    }

    @Test
    void firmwareCallsReadTheOfferAndStartTheRightStage() {
        RpcClient client = connect(Fixtures.json(PRO3EM + "Shelly.GetStatus.json"));
        var offer = client.checkForUpdate();
        assertThat(offer.currentVersion()).isEqualTo("1.1.0");
        assertThat(offer.hasStableUpdate()).isFalse();
        assertThat(offer.findBeta()).contains("1.2.0-beta1");
        client.startUpdate(UpdateTarget.beta());
        assertThat(last("Shelly.Update")).isEqualTo(Json.parseOrNull("{\"stage\":\"beta\"}"));
        client.startUpdate(UpdateTarget.url(URI.create("http://127.0.0.1/fw.zip")));
        assertThat(last("Shelly.Update")).isEqualTo(Json.parseOrNull("{\"url\":\"http://127.0.0.1/fw.zip\"}"));
    }

    @Test
    void capabilitiesOfAProThreeEmInTriphaseProfile() {
        Capabilities capabilities = connect(Fixtures.json(PRO3EM + "Shelly.GetStatus.json")).capabilities();
        assertThat(capabilities.metering()).isTrue();
        assertThat(capabilities.switches()).isZero();
        assertThat(capabilities.profile()).isEqualTo("triphase");
        assertThat(capabilities.profiles()).containsExactlyInAnyOrder("triphase", "monophase");
        assertThat(capabilities.kinds()).contains("em", "emdata", "temperature", "modbus");
        assertThat(capabilities.battery()).isFalse();
        assertThat(capabilities.scripts()).isTrue();
    }
}

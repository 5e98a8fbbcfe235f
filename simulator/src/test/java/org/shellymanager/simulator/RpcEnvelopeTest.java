package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RpcEnvelopeTest {

    private static SimulatedFleet fleet;
    private static SimulatedDevice device;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().add("SNSW-102P16EU", 1).build());
        device = fleet.devices().getFirst();
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void postFrameAnswersWholeFrameWithDst() {
        JsonNode reply = TestHttp.json(TestHttp.post(device.address(), "/rpc",
                "{\"id\":7,\"src\":\"me\",\"method\":\"Switch.Set\",\"params\":{\"id\":0,\"on\":true}}"));
        assertThat(reply.path("id").asInt()).isEqualTo(7);
        assertThat(reply.path("src").asString()).isEqualTo(device.id());
        assertThat(reply.path("dst").asString()).isEqualTo("me");
        assertThat(reply.path("result").has("was_on")).isTrue();
        assertThat(device.output(0)).isTrue();
    }

    @Test
    void errorsInsideFramesStayHttp200() {
        HttpResponse<String> response = TestHttp.post(device.address(), "/rpc",
                "{\"id\":1,\"src\":\"me\",\"method\":\"Switch.GetStatus\",\"params\":{\"id\":7}}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(response).path("error").path("code").asInt()).isEqualTo(-105);
    }

    @Test
    void postMethodAnswersBareResult() {
        HttpResponse<String> response = TestHttp.post(device.address(), "/rpc/Switch.Set", "{\"id\":1,\"on\":false}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(response).has("was_on")).isTrue();
    }

    @Test
    void getMethodParsesQueryValuesAsJson() {
        HttpResponse<String> response = TestHttp.get(device.address(), "/rpc/switch.set?id=1&on=true");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(device.output(1)).isTrue();
    }

    @Test
    void unknownMethodIs404WithNoHandlerMessage() {
        HttpResponse<String> response = TestHttp.get(device.address(), "/rpc/Foo.Bar");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestHttp.json(response).path("message").asString()).isEqualTo("No handler for Foo.Bar");
    }

    @Test
    void missingArgumentIsBareInvalidArgumentError() {
        HttpResponse<String> response = TestHttp.get(device.address(), "/rpc/Switch.Set?id=0");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).path("code").asInt()).isEqualTo(-103);
    }

    @Test
    void setConfigReportsRestartRequiredAndNeverEchoesSecrets() {
        JsonNode mqtt = TestHttp.json(TestHttp.post(device.address(), "/rpc/MQTT.SetConfig",
                "{\"config\":{\"enable\":true,\"server\":\"10.0.0.1:1883\",\"pass\":\"s3cret\"}}"));
        assertThat(mqtt.path("restart_required").asBoolean()).isTrue();
        String config = TestHttp.get(device.address(), "/rpc/Mqtt.GetConfig").body();
        assertThat(config).contains("10.0.0.1:1883").doesNotContain("s3cret");
        JsonNode wifi = TestHttp.json(TestHttp.post(device.address(), "/rpc/WiFi.SetConfig",
                "{\"config\":{\"sta\":{\"ssid\":\"Home\",\"pass\":\"wpa-key\"}}}"));
        assertThat(wifi.path("restart_required").asBoolean()).isFalse();
        assertThat(TestHttp.get(device.address(), "/rpc/WiFi.GetConfig").body()).doesNotContain("wpa-key");
    }

    @Test
    void frameWithoutIdGetsNoReplyBody() {
        HttpResponse<String> response = TestHttp.post(device.address(), "/rpc",
                "{\"src\":\"me\",\"method\":\"Switch.Set\",\"params\":{\"id\":0,\"on\":true}}");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void answersCloseTheConnectionAndNameTheServer() {
        HttpResponse<String> response = TestHttp.get(device.address(), "/shelly");
        assertThat(response.headers().firstValue("Server")).contains("ShellyHTTP/1.0.0");
    }
}

package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.JsonNode;

class WebSocketTest {

    private SimulatedFleet fleet;
    private SimulatedDevice device;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private WebSocket socket;

    private void start(String model, String password) {
        start(model, password, Duration.ofMinutes(1));
    }

    private void start(String model, String password, Duration notifyPeriod) {
        fleet = SimulatedFleet.start(FleetSpec.builder().notifyPeriod(notifyPeriod)
                .add(model, 1, d -> d.password(password)).build());
        device = fleet.devices().getFirst();
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://" + device.address() + "/rpc"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            received.add(Yaml.MAPPER.readTree(text.toString()));
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).join();
    }

    @AfterEach
    void stop() {
        socket.abort();
        fleet.close();
    }

    private JsonNode next() throws InterruptedException {
        JsonNode frame = received.poll(5, TimeUnit.SECONDS);
        assertThat(frame).as("a frame within 5 s").isNotNull();
        return frame;
    }

    private void send(String frame) {
        socket.sendText(frame, true).join();
    }

    @Test
    void challengesOnceThenKeepsTheSessionAuthenticatedAndNotifies() throws InterruptedException {
        start("SNSW-001P16EU", "pw");
        send("{\"id\":1,\"src\":\"cli\",\"method\":\"Switch.GetStatus\",\"params\":{\"id\":0}}");
        JsonNode challenge = next();
        assertThat(challenge.path("error").path("code").asInt()).isEqualTo(401);
        assertThat(challenge.path("dst").asString()).isEqualTo("cli");
        JsonNode message = Yaml.MAPPER.readTree(challenge.path("error").path("message").asString());
        String nonce = message.path("nonce").asString();
        send("{\"id\":2,\"src\":\"cli\",\"method\":\"Switch.GetStatus\",\"params\":{\"id\":0},\"auth\":"
                + TestDigest.authObject(device.id(), "pw", nonce, nonce, 1) + "}");
        assertThat(next().path("result").path("output").isBoolean()).isTrue();
        send("{\"id\":3,\"src\":\"cli\",\"method\":\"switch.set\",\"params\":{\"id\":0,\"on\":true}}");
        JsonNode first = next();
        JsonNode second = next();
        JsonNode notification = first.has("method") ? first : second;
        JsonNode reply = first.has("method") ? second : first;
        assertThat(reply.path("result").path("was_on").asBoolean()).isFalse();
        assertThat(notification.path("method").asString()).isEqualTo("NotifyStatus");
        assertThat(notification.path("params").path("switch:0").path("output").asBoolean()).isTrue();
    }

    @Test
    void framesWithoutIdGetNoReplyAndInputsRaiseEvents() throws InterruptedException {
        start("SNSN-0024X", null);
        send("{\"src\":\"cli\",\"method\":\"Shelly.GetDeviceInfo\"}");
        send("{\"id\":5,\"src\":\"cli\",\"method\":\"Shelly.GetDeviceInfo\"}");
        assertThat(next().path("id").asInt()).as("only the frame with an id is answered").isEqualTo(5);
        device.inputEvent(2, "single_push");
        JsonNode event = next();
        assertThat(event.path("method").asString()).isEqualTo("NotifyEvent");
        assertThat(event.path("params").path("events").path(0).path("event").asString()).isEqualTo("single_push");
        assertThat(event.path("params").path("events").path(0).path("component").asString()).isEqualTo("input:2");
    }

    @Test
    void sendsThePeriodicStatusWithEnergyCountersAndSys() throws InterruptedException {
        start("SNSW-001P16EU", null, Duration.ofMillis(100));
        send("{\"id\":1,\"src\":\"cli\",\"method\":\"Shelly.GetDeviceInfo\"}");
        assertThat(next().path("id").asInt()).isEqualTo(1);
        JsonNode periodic = next();
        assertThat(periodic.path("method").asString()).isEqualTo("NotifyStatus");
        assertThat(periodic.path("params").path("switch:0").path("aenergy").has("total")).isTrue();
        assertThat(periodic.path("params").path("switch:0").has("output")).as("only what changes by itself").isFalse();
        assertThat(periodic.path("params").path("sys").has("uptime")).isTrue();
    }

    @Test
    void batteryDeviceSendsItsFullStatusWhenAClientIdentifiesItselfAfterWakeUp() throws InterruptedException {
        start("SNSN-0013A", null);
        send("{\"id\":1,\"src\":\"cli\",\"method\":\"Shelly.GetDeviceInfo\"}");
        assertThat(next().path("id").asInt()).isEqualTo(1);
        JsonNode full = next();
        assertThat(full.path("method").asString()).isEqualTo("NotifyFullStatus");
        assertThat(full.path("dst").asString()).isEqualTo("cli");
        assertThat(full.path("params").path("temperature:0").has("tC")).isTrue();
        assertThat(full.path("params").path("devicepower:0").path("battery").has("percent")).isTrue();
    }
}

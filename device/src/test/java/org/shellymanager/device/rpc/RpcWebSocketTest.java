package org.shellymanager.device.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.ClientOptions;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceEvent;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.Fixtures;
import org.shellymanager.device.Generation;
import org.shellymanager.device.RpcClient;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.SwitchComponent;
import org.shellymanager.device.testing.DigestRules;
import org.shellymanager.device.testing.FakeWebSocketDevice;
import org.shellymanager.device.testing.RpcReplies;
import tools.jackson.databind.JsonNode;

/** The persistent WebSocket: notifications, merging, digest over JSON-RPC, reconnects, frame cap. */
class RpcWebSocketTest {

    private static final String PLUS1PM = "aioshelly/shelly-plus-1pm_SNSW-001P16EU/";
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final BlockingQueue<DeviceEvent> events = new LinkedBlockingQueue<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    private FakeWebSocketDevice device(DigestRules rules) throws Exception {
        FakeWebSocketDevice device = new FakeWebSocketDevice(frame -> switch (frame.path("method").asString("")) {
            case "Shelly.GetStatus" -> RpcReplies.result(Fixtures.json(PLUS1PM + "Shelly.GetStatus.json"));
            case "Switch.Set" -> RpcReplies.result(Json.parseOrNull("{\"was_on\":true}"));
            default -> RpcReplies.error(404, "No handler for " + frame.path("method").asString(""));
        }, rules);
        toClose.add(device);
        return device;
    }

    private RpcWebSocket open(DeviceAddress address, Credentials credentials, ClientOptions options) {
        ShellyDevices devices = ShellyDevices.create(options);
        toClose.add(devices);
        JsonNode info = Fixtures.json(PLUS1PM + "Shelly.GetDeviceInfo.json");
        DeviceIdentity identity = new DeviceIdentity(Generation.GEN2, "SNSW-001P16EU", "AABBCCDDEEFF",
                "shellyplus1pm-aabbccddeeff", "2.0.0", "x", credentials != null, null, "Plus1PM", null, info);
        RpcClient client = (RpcClient) devices.connect(identity, address, credentials);
        RpcWebSocket socket = client.openWebSocket(events::add);
        toClose.add(socket);
        return socket;
    }

    private <T extends DeviceEvent> T next(Class<T> type) throws InterruptedException {
        while (true) {
            DeviceEvent event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("waiting for " + type.getSimpleName()).isNotNull();
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
    }

    @Test
    void mergesStatusNotificationsInAnyMethodCaseAndNullRemovesAKey() throws Exception {
        FakeWebSocketDevice device = device(null);
        RpcWebSocket socket = open(device.address(), null, ClientOptions.defaults());
        assertThat(next(DeviceEvent.Connected.class).status().find("script:1")).isPresent();
        device.push(Json.write(Fixtures.json("shelly-api-docs/generic/NotifyStatus_switch-button.json"))
                .replace("NotifyStatus", "notifystatus"));
        SwitchComponent sw = next(DeviceEvent.StatusChanged.class).status().get(SwitchComponent.class, "switch:0");
        assertThat(sw.on()).isTrue();
        assertThat(sw.source()).isEqualTo("button");
        assertThat(sw.metering().energyWh()).isEqualTo(110.046);
        device.push("{\"src\":\"x\",\"method\":\"NotifyStatus\",\"params\":{\"ts\":1.0,\"script:1\":null}}");
        assertThat(next(DeviceEvent.StatusChanged.class).status().find("script:1")).isEmpty();
        assertThat(socket.lastStatus().orElseThrow().find("script:1")).isEmpty();
    }

    @Test
    void reportsEventsAndReplacesStatusOnFullStatus() throws Exception {
        FakeWebSocketDevice device = device(null);
        open(device.address(), null, ClientOptions.defaults());
        next(DeviceEvent.Connected.class);
        device.push("{\"src\":\"x\",\"method\":\"NotifyEvent\",\"params\":{\"ts\":1.0,\"events\":["
                + "{\"component\":\"input:0\",\"id\":0,\"event\":\"single_push\",\"ts\":1.0}]}}");
        DeviceEvent.Event event = next(DeviceEvent.Event.class);
        assertThat(event.component()).isEqualTo("input:0");
        assertThat(event.event()).isEqualTo("single_push");
        device.push("{\"src\":\"x\",\"method\":\"NotifyFullStatus\",\"params\":{\"ts\":2.0,"
                + "\"switch:0\":{\"id\":0,\"output\":true}}}");
        var status = next(DeviceEvent.StatusChanged.class).status();
        assertThat(status.components()).hasSize(1);
        assertThat(status.get(SwitchComponent.class, "switch:0").on()).isTrue();
    }

    @Test
    void answersJsonChallengeOnceAndCountsNcOverTheSocket() throws Exception {
        DigestRules rules = new DigestRules("shellyplus1pm-aabbccddeeff", "secret");
        FakeWebSocketDevice device = device(rules);
        RpcWebSocket socket = open(device.address(), Credentials.admin("secret"), ClientOptions.defaults());
        for (int i = 0; i < 4; i++) {
            assertThat(socket.call("Switch.Set", Json.parseOrNull("{\"id\":0,\"on\":true}"), false).find()
                    .map(r -> r.path("was_on").asBoolean())).contains(true);
        }
        assertThat(rules.noncesIssued()).isEqualTo(1);
        assertThat(rules.ncViolations()).isZero();
    }

    @Test
    void wrongPasswordOverTheSocketIsUnauthorized() throws Exception {
        FakeWebSocketDevice device = device(new DigestRules("shellyplus1pm-aabbccddeeff", "secret"));
        assertThatThrownBy(() -> open(device.address(), Credentials.admin("nope"), ClientOptions.defaults()))
                .isInstanceOf(DeviceUnauthorizedException.class);
    }

    @Test
    void reconnectsAfterTheDeviceDropsTheConnectionAndRereadsStatus() throws Exception {
        FakeWebSocketDevice device = device(null);
        ClientOptions options = ClientOptions.defaults().withRetryBackoff(Duration.ofMillis(20))
                .withReconnectBackoffMax(Duration.ofMillis(200));
        RpcWebSocket socket = open(device.address(), null, options);
        next(DeviceEvent.Connected.class);
        device.dropConnections();
        assertThat(next(DeviceEvent.Disconnected.class).reconnecting()).isTrue();
        next(DeviceEvent.Connected.class);
        assertThat(device.handshakes()).isEqualTo(2);
        assertThat(device.methods().stream().filter("Shelly.GetStatus"::equals).count()).isEqualTo(2);
        assertThat(socket.isOpen()).isTrue();
    }

    @Test
    void frameLargerThanTheCapClosesTheSocket() throws Exception {
        FakeWebSocketDevice device = device(null);
        open(device.address(), null, ClientOptions.defaults().withMaxReplyBytes(4096)
                .withReconnectBackoffMax(Duration.ofSeconds(30)));
        next(DeviceEvent.Connected.class);
        device.push("{\"method\":\"NotifyStatus\",\"params\":{\"x\":\"" + "y".repeat(10_000) + "\"}}");
        assertThat(next(DeviceEvent.Disconnected.class).reason()).isEqualTo("frame too large");
    }

    @Test
    void busyAnswersOverTheSocketAreWaitedOutThenReportedAsTooManyRequests() throws Exception {
        AtomicInteger busyLeft = new AtomicInteger(2);
        FakeWebSocketDevice device = new FakeWebSocketDevice(frame -> switch (frame.path("method").asString("")) {
            case "Shelly.GetStatus" -> RpcReplies.result(Fixtures.json(PLUS1PM + "Shelly.GetStatus.json"));
            case "Switch.Set" -> busyLeft.getAndDecrement() > 0 ? RpcReplies.error(429, "Too many requests")
                    : RpcReplies.result(Json.parseOrNull("{\"was_on\":true}"));
            default -> RpcReplies.error(429, "Too many requests");
        }, null);
        toClose.add(device);
        RpcWebSocket socket = open(device.address(), null, ClientOptions.defaults().withBusyBackoff(Duration.ofMillis(20)));

        assertThat(new ComponentService(socket).setSwitch(0, true, null)).isEqualTo(new RpcResult.Ok<>(true));
        assertThat(device.methods().stream().filter("Switch.Set"::equals).count()).isEqualTo(3);
        assertThat(socket.call("Shelly.Reboot", null, false))
                .isEqualTo(new RpcResult.DeviceError<>(RpcResult.TOO_MANY_REQUESTS, "Too many requests"));
        assertThat(device.methods().stream().filter("Shelly.Reboot"::equals).count()).isEqualTo(4);
    }

    @Test
    void frameCapCountsUtf8BytesNotCharacters() throws Exception {
        FakeWebSocketDevice device = device(null);
        open(device.address(), null, ClientOptions.defaults().withMaxReplyBytes(8192)
                .withReconnectBackoffMax(Duration.ofSeconds(30)));
        next(DeviceEvent.Connected.class);
        device.push("{\"method\":\"NotifyStatus\",\"params\":{\"x\":\"" + "\u00e9\u20ac".repeat(2000) + "\"}}");
        assertThat(next(DeviceEvent.Disconnected.class).reason()).isEqualTo("frame too large");
    }

    @Test
    void utf8LengthCountsMultiByteCharacters() {
        assertThat(FrameListener.utf8Length("a\u00e9\u20ac\uD83D\uDE00")).isEqualTo(1 + 2 + 3 + 4);
    }
}

package org.shellymanager.device.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shellymanager.device.DeviceEvent;
import org.shellymanager.device.RpcClient;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.model.CoverComponent;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.model.SwitchComponent;
import org.shellymanager.device.rpc.ComponentService;
import org.shellymanager.device.rpc.RpcWebSocket;
import org.shellymanager.device.rpc.ShellyService;

/** Over the WebSocket, calls are answered and notifications are merged into the status, for every Gen2+ model. */
class SimulatedWebSocketTest {

    private static SimulatedCaseFleet fleet;

    @BeforeAll
    static void start() {
        fleet = SimulatedCaseFleet.start(SimulatedCase.rpc());
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    static List<SimulatedCase> cases() {
        return SimulatedCase.rpc();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheFullStatusOnOpenAndAnswersCallsOverTheSocket(SimulatedCase c) {
        List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        try (RpcClient client = (RpcClient) fleet.connect(c); RpcWebSocket socket = client.openWebSocket(events::add)) {
            assertThat(events.getFirst()).isInstanceOf(DeviceEvent.Connected.class);
            assertThat(((DeviceEvent.Connected) events.getFirst()).status().findSystem()).isPresent();

            ShellyService overSocket = new ShellyService(socket);
            assertThat(overSocket.getDeviceInfo().find()).hasValueSatisfying(info ->
                    assertThat(info.path("id").asString()).isEqualTo(fleet.device(c).id()));
            assertThat(overSocket.getConfig().find()).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesStatusNotificationsOfSwitchesAndCoversIntoTheStatus(SimulatedCase c) {
        ExpectedParts parts = ExpectedParts.of(c);
        try (RpcClient client = (RpcClient) fleet.connect(c); RpcWebSocket socket = client.openWebSocket(e -> { })) {
            ComponentService overSocket = new ComponentService(socket);
            for (int channel = 0; channel < parts.switches(); channel++) {
                fleet.device(c).setOutput(channel, true);
                String key = "switch:" + channel;
                await().atMost(Duration.ofSeconds(10)).until(() -> merged(socket).get(SwitchComponent.class, key).on());
                assertThat(overSocket.setSwitch(channel, false, null)).isEqualTo(new RpcResult.Ok<>(true));
                await().atMost(Duration.ofSeconds(10)).until(() -> !merged(socket).get(SwitchComponent.class, key).on());
            }
            for (int channel = 0; channel < parts.covers(); channel++) {
                String key = "cover:" + channel;
                assertThat(overSocket.openCover(channel, null)).isInstanceOf(RpcResult.Ok.class);
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        "opening".equals(merged(socket).get(CoverComponent.class, key).state()));
                assertThat(overSocket.stopCover(channel)).isInstanceOf(RpcResult.Ok.class);
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        "stopped".equals(merged(socket).get(CoverComponent.class, key).state()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryInputEventAsAnEvent(SimulatedCase c) {
        List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        try (RpcClient client = (RpcClient) fleet.connect(c); RpcWebSocket socket = client.openWebSocket(events::add)) {
            for (int channel = 0; channel < ExpectedParts.of(c).inputs(); channel++) {
                fleet.device(c).inputEvent(channel, "double_push");
                String component = "input:" + channel;
                await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(e ->
                        e instanceof DeviceEvent.Event(String key, String event, var raw)
                                && key.equals(component) && event.equals("double_push")));
            }
        }
    }

    private static DeviceStatus merged(RpcWebSocket socket) {
        return socket.lastStatus().orElseThrow();
    }
}

package org.shellymanager.device.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.Generation;
import org.shellymanager.device.LightCommand;
import org.shellymanager.device.RpcClient;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.model.BatteryStatus;
import org.shellymanager.device.model.Capabilities;
import org.shellymanager.device.model.CoverComponent;
import org.shellymanager.device.model.DeviceConfig;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.model.HumiditySensor;
import org.shellymanager.device.model.IlluminanceSensor;
import org.shellymanager.device.model.LightComponent;
import org.shellymanager.device.model.Rgbw;
import org.shellymanager.device.model.SwitchComponent;
import org.shellymanager.device.model.SystemStatus;
import org.shellymanager.device.model.TemperatureSensor;
import org.shellymanager.device.rpc.ComponentType;
import org.shellymanager.simulator.SimulatedDevice;
import tools.jackson.databind.JsonNode;

/** The library identifies, reads and controls every simulated model in every profile, open and logged in. */
class SimulatedReadAndControlTest {

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
    void identifiesTheDeviceAsTheSimulatorPresentsIt(SimulatedCase c) {
        SimulatedDevice device = fleet.device(c);
        DeviceIdentity identity = fleet.library().identify(fleet.address(c));

        assertThat(identity.generation()).isEqualTo(Generation.of(c.gen()));
        assertThat(identity.model()).isEqualTo(c.model());
        assertThat(identity.mac()).isEqualTo(device.mac());
        assertThat(identity.deviceId()).isEqualTo(device.id());
        assertThat(identity.authRequired()).isEqualTo(c.password() != null);
        assertThat(identity.firmwareId()).isEqualTo(device.firmwareId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsStatusConfigAndCapabilitiesMatchingTheModel(SimulatedCase c) {
        try (ShellyClient client = fleet.connect(c)) {
            DeviceStatus status = client.status();
            DeviceConfig config = client.config();
            Capabilities capabilities = client.capabilities();
            ExpectedParts expected = ExpectedParts.of(c);

            assertThat(status.findSystem()).map(SystemStatus::mac).contains(fleet.device(c).mac());
            assertThat(config.raw().isObject()).isTrue();
            assertThat(capabilities.switches()).isEqualTo(expected.switches());
            assertThat(capabilities.covers()).isEqualTo(expected.covers());
            assertThat(capabilities.lights()).isEqualTo(expected.lights());
            assertThat(capabilities.inputs()).isEqualTo(expected.inputs());
            assertThat(capabilities.battery()).isEqualTo(expected.battery());
            if (fleet.device(c).generation() > 1 || !capabilities.profiles().isEmpty()) {
                assertThat(capabilities.profile()).isEqualTo(c.profile().equals("default") ? null : c.profile());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void switchesEveryOutputOnAndToggledOff(SimulatedCase c) {
        try (ShellyClient client = fleet.connect(c)) {
            for (int channel = 0; channel < ExpectedParts.of(c).switches(); channel++) {
                assertThat(client.setSwitch(channel, true, null)).isInstanceOf(RpcResult.Ok.class);
                assertThat(client.status().get(SwitchComponent.class, "switch:" + channel).on()).isTrue();
                assertThat(fleet.device(c).output(channel)).isTrue();

                assertThat(client.toggleSwitch(channel)).isInstanceOf(RpcResult.Ok.class);
                assertThat(client.status().get(SwitchComponent.class, "switch:" + channel).on()).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void movesAndStopsEveryCover(SimulatedCase c) {
        try (ShellyClient client = fleet.connect(c)) {
            for (int channel = 0; channel < ExpectedParts.of(c).covers(); channel++) {
                String key = "cover:" + channel;
                assertThat(client.moveCover(channel, 0)).isInstanceOf(RpcResult.Ok.class);
                fleet.advance(Duration.ofMinutes(1));
                assertThat(client.status().get(CoverComponent.class, key).positionPercent()).isZero();

                assertThat(client.openCover(channel)).isInstanceOf(RpcResult.Ok.class);
                assertThat(client.status().get(CoverComponent.class, key).state()).isEqualTo("opening");
                fleet.advance(Duration.ofSeconds(5));
                assertThat(client.stopCover(channel)).isInstanceOf(RpcResult.Ok.class);
                CoverComponent stopped = client.status().get(CoverComponent.class, key);
                assertThat(stopped.state()).isEqualTo("stopped");
                assertThat(stopped.positionPercent()).isBetween(1, 99);

                assertThat(client.closeCover(channel)).isInstanceOf(RpcResult.Ok.class);
                assertThat(client.status().get(CoverComponent.class, key).state()).isEqualTo("closing");
                assertThat(client.moveCover(channel, 80)).isInstanceOf(RpcResult.Ok.class);
                fleet.advance(Duration.ofMinutes(1));
                assertThat(client.status().get(CoverComponent.class, key).positionPercent()).isEqualTo(80);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dimsAndColoursEveryLight(SimulatedCase c) {
        try (ShellyClient client = fleet.connect(c)) {
            for (LightComponent light : client.status().all(LightComponent.class)) {
                LightCommand command = LightCommand.channel(light.id()).on(true).brightness(40);
                if (light.color() != null) {
                    command = command.color(new Rgbw(200, 100, 50, light.color().white() == 0 ? 0 : 30));
                }
                assertThat(client.setLight(command)).isInstanceOf(RpcResult.Ok.class);

                LightComponent after = client.status().get(LightComponent.class, light.key());
                assertThat(after.on()).isTrue();
                assertThat(after.brightness()).isEqualTo(40);
                if (light.color() != null) {
                    assertThat(after.color().red()).isEqualTo(200);
                    assertThat(after.color().blue()).isEqualTo(50);
                }
                assertThat(client.setLight(LightCommand.channel(light.id()).on(false))).isInstanceOf(RpcResult.Ok.class);
                assertThat(client.status().get(LightComponent.class, light.key()).on()).isFalse();
                if (client instanceof RpcClient rpc) {
                    ComponentType type = ComponentType.forKind(light.lightKind().name()).orElse(ComponentType.LIGHT);
                    assertThat(rpc.components().toggleLight(type, light.id())).isInstanceOf(RpcResult.Ok.class);
                    assertThat(client.status().get(LightComponent.class, light.key()).on()).isTrue();
                }
            }
        }
    }

    @Test
    void mapsTheGen1HtTemperatureHumidityAndBatteryAsItReportsThem() {
        SimulatedCase ht = new SimulatedCase("SHHT-1", 1, "default", SimulatedCase.Login.OPEN);
        try (ShellyClient client = fleet.connect(ht)) {
            DeviceStatus status = client.status();
            JsonNode raw = status.raw();

            assertThat(status.get(TemperatureSensor.class, "temperature:0").celsius())
                    .isEqualTo(raw.path("tmp").path("tC").asDouble());
            assertThat(status.get(HumiditySensor.class, "humidity:0").relativeHumidityPercent())
                    .isEqualTo(raw.path("hum").path("value").asDouble()).isBetween(0.0, 100.0);
            BatteryStatus battery = status.get(BatteryStatus.class, "devicepower:0");
            assertThat(battery.percent()).isEqualTo(raw.path("bat").path("value").asInt()).isBetween(0, 100);
            assertThat(battery.voltageV()).isEqualTo(raw.path("bat").path("voltage").asDouble()).isPositive();
            assertThat(status.all(IlluminanceSensor.class)).isEmpty();
            assertThat(client.capabilities().battery()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void triggersEveryInputOfRpcDevices(SimulatedCase c) {
        try (ShellyClient client = fleet.connect(c)) {
            if (client instanceof RpcClient rpc) {
                for (int channel = 0; channel < ExpectedParts.of(c).inputs(); channel++) {
                    assertThat(rpc.components().triggerInput(channel, "single_push")).isInstanceOf(RpcResult.Ok.class);
                }
                assertThat(rpc.components().triggerInput(ExpectedParts.of(c).inputs(), "single_push"))
                        .isEqualTo(new RpcResult.DeviceError<>(RpcResult.NOT_FOUND, "Bad id=" + ExpectedParts.of(c).inputs()));
            }
        }
    }
}

package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BehaviourTest {

    private final MutableClock clock = new MutableClock();
    private SimulatedFleet fleet;

    @AfterEach
    void stop() {
        fleet.close();
    }

    private SimulatedDevice start(String model, java.util.function.Consumer<DeviceSpec.Builder> options) {
        fleet = SimulatedFleet.start(FleetSpec.builder().clock(clock).add(model, 1, options).build());
        return fleet.devices().getFirst();
    }

    @Test
    void gen2EnergyGrowsInWattHoursWithTheConfiguredLoad() {
        SimulatedDevice device = start("SNSW-001P16EU", d -> d.load(120));
        device.setOutput(0, true);
        clock.advance(Duration.ofMinutes(30));
        JsonNode status = TestHttp.json(TestHttp.get(device.address(), "/rpc/Switch.GetStatus?id=0"));
        assertThat(status.path("apower").asDouble()).isBetween(118.0, 122.0);
        assertThat(status.path("aenergy").path("total").asDouble()).isCloseTo(60.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(status.path("aenergy").path("by_minute").path(0).asDouble()).isCloseTo(2000.0,
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void gen1EnergyCountsWattMinutes() {
        SimulatedDevice device = start("SHPLG-S", d -> d.load(60));
        device.setOutput(0, true);
        clock.advance(Duration.ofHours(1));
        JsonNode meter = TestHttp.json(TestHttp.get(device.address(), "/meter/0"));
        assertThat(meter.path("total").asLong()).isEqualTo(3600);
    }

    @Test
    void relayOffDrawsNoPower() {
        SimulatedDevice device = start("SHSW-PM", d -> { });
        clock.advance(Duration.ofHours(1));
        JsonNode status = TestHttp.json(TestHttp.get(device.address(), "/status"));
        assertThat(status.path("meters").path(0).path("power").asDouble()).isZero();
        assertThat(status.path("meters").path(0).path("total").asLong()).isZero();
    }

    @Test
    void coverMovesOverTimeAndStopsAtTheTarget() {
        SimulatedDevice device = start("SNSW-102P16EU", d -> d.profile("cover"));
        TestHttp.get(device.address(), "/rpc/Cover.GoToPosition?id=0&pos=50");
        clock.advance(Duration.ofSeconds(5));
        JsonNode moving = TestHttp.json(TestHttp.get(device.address(), "/rpc/Cover.GetStatus?id=0"));
        assertThat(moving.path("state").asString()).isEqualTo("opening");
        assertThat(moving.path("current_pos").asInt()).isEqualTo(25);
        clock.advance(Duration.ofSeconds(60));
        JsonNode stopped = TestHttp.json(TestHttp.get(device.address(), "/rpc/Cover.GetStatus?id=0"));
        assertThat(stopped.path("state").asString()).isEqualTo("stopped");
        assertThat(stopped.path("current_pos").asInt()).isEqualTo(50);
        assertThat(device.coverPosition(0)).isEqualTo(50);
    }

    @Test
    void gen1RollerModeReportsPosition() {
        SimulatedDevice device = start("SHSW-25", d -> d.profile("roller"));
        TestHttp.get(device.address(), "/roller/0?go=open");
        clock.advance(Duration.ofSeconds(30));
        JsonNode roller = TestHttp.json(TestHttp.get(device.address(), "/roller/0"));
        assertThat(roller.path("current_pos").asInt()).isEqualTo(100);
        assertThat(roller.path("state").asString()).isEqualTo("stop");
    }

    @Test
    void toggleAfterFlipsTheOutputBack() {
        SimulatedDevice device = start("SNSW-001X16EU", d -> { });
        TestHttp.get(device.address(), "/rpc/Switch.Set?id=0&on=true&toggle_after=10");
        assertThat(device.output(0)).isTrue();
        clock.advance(Duration.ofSeconds(11));
        assertThat(device.output(0)).isFalse();
    }

    @Test
    void dimmerBrightnessScalesPower() {
        SimulatedDevice device = start("SHDM-2", d -> d.load(100));
        JsonNode light = TestHttp.json(TestHttp.get(device.address(), "/light/0?turn=on&brightness=40"));
        assertThat(light.path("brightness").asInt()).isEqualTo(40);
        JsonNode meter = TestHttp.json(TestHttp.get(device.address(), "/status")).path("meters").path(0);
        assertThat(meter.path("power").asDouble()).isBetween(39.0, 41.0);
    }

    @Test
    void temperaturesDriftOverHours() {
        SimulatedDevice device = start("SNSN-0013A", d -> { });
        double before = TestHttp.json(TestHttp.get(device.address(), "/rpc/Temperature.GetStatus?id=0")).path("tC").asDouble();
        clock.advance(Duration.ofHours(3));
        double after = TestHttp.json(TestHttp.get(device.address(), "/rpc/Temperature.GetStatus?id=0")).path("tC").asDouble();
        assertThat(after).isNotEqualTo(before).isBetween(18.0, 24.0);
    }

    @Test
    void batteryDeviceIsUnreachableWhileAsleep() {
        SimulatedDevice device = start("SHHT-1", d -> d.sleep(Duration.ofSeconds(30), Duration.ofMinutes(10)));
        assertThat(TestHttp.get(device.address(), "/status").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> TestHttp.get(device.address(), "/shelly")))
                .isInstanceOf(java.io.UncheckedIOException.class);
        clock.advance(Duration.ofSeconds(580));
        assertThat(TestHttp.get(device.address(), "/shelly").statusCode()).isEqualTo(200);
    }

    @Test
    void configSurvivesReboot() throws InterruptedException {
        SimulatedDevice device = start("SNPL-00112EU", d -> { });
        TestHttp.post(device.address(), "/rpc/Sys.SetConfig", "{\"config\":{\"device\":{\"name\":\"Kettle\"}}}");
        device.reboot();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                TestHttp.get(device.address(), "/shelly").statusCode() == 200);
        assertThat(TestHttp.json(TestHttp.get(device.address(), "/shelly")).path("name").asString()).isEqualTo("Kettle");
    }

    @Test
    void gen1SettersUseTheirOwnNamesAndIgnoreUnknownParameters() {
        SimulatedDevice device = start("SHSW-1", d -> { });
        JsonNode settings = TestHttp.json(TestHttp.get(device.address(), "/settings?mqtt_enable=true&sntp_server=ntp.lan&bogus=1"));
        assertThat(settings.path("mqtt").path("enable").asBoolean()).isTrue();
        assertThat(settings.path("sntp").path("server").asString()).isEqualTo("ntp.lan");
        assertThat(settings.has("bogus")).isFalse();
        JsonNode sta = TestHttp.json(TestHttp.get(device.address(), "/settings/sta?netmask=255.255.255.0&key=k"));
        assertThat(sta.path("mask").asString()).isEqualTo("255.255.255.0");
        assertThat(sta.toString()).doesNotContain("\"key\"");
    }
}

package org.shellymanager.device.gen1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.Fixtures;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.CloudStatus;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.model.InputComponent;
import org.shellymanager.device.model.LightComponent;
import org.shellymanager.device.model.LightKind;
import org.shellymanager.device.model.PowerMeter;
import org.shellymanager.device.model.SwitchComponent;
import org.shellymanager.device.model.SystemStatus;
import org.shellymanager.device.model.TemperatureSensor;
import org.shellymanager.device.model.UnknownComponent;
import org.shellymanager.device.model.WifiStatus;

/** Captured Gen1 {@code /status} replies (aioshelly fixtures, see the fixtures README) mapped to our model. */
class Gen1StatusMapperTest {

    private static DeviceStatus status(String dir) {
        return Gen1StatusMapper.map(Fixtures.json("aioshelly/" + dir + "/status.json"));
    }

    @Test
    void plugSRelayMeterInWattHoursTemperatureAndFirmwareOffer() {
        DeviceStatus status = status("shelly-plug-s_SHPLG-S");
        SwitchComponent relay = status.get(SwitchComponent.class, "switch:0");
        assertThat(relay.on()).isFalse();
        assertThat(relay.source()).isEqualTo("http");
        PowerMeter meter = status.get(PowerMeter.class, "meter:0");
        assertThat(meter.metering().powerW()).isEqualTo(0.0);
        assertThat(meter.metering().energyWh()).isCloseTo(2632 / 60.0, within(1e-9));
        assertThat(meter.metering().minuteEnergyWh()).containsExactly(0.0, 0.0, 0.0);
        assertThat(status.get(TemperatureSensor.class, "temperature:0").celsius()).isEqualTo(24.14);
        SystemStatus sys = status.findSystem().orElseThrow();
        assertThat(sys.uptimeSeconds()).isEqualTo(2589909L);
        assertThat(sys.ramSize()).isEqualTo(52056L);
        assertThat(sys.availableStable()).isNull();
        assertThat(sys.availableBeta()).isEqualTo("20231107-164219/v1.14.1-rc1-g0617c15");
        WifiStatus wifi = status.get(WifiStatus.class, "wifi");
        assertThat(wifi.connected()).isTrue();
        assertThat(wifi.ip()).isEqualTo("192.168.1.91");
        assertThat(wifi.rssi()).isEqualTo(-76);
        assertThat(status.get(CloudStatus.class, "cloud").enabled()).isFalse();
    }

    @Test
    void vintageIsADimmableWhiteLightWithMeter() {
        DeviceStatus status = status("shelly-vintage_SHVIN-1");
        LightComponent light = status.get(LightComponent.class, "light:0");
        assertThat(light.lightKind()).isEqualTo(LightKind.WHITE);
        assertThat(light.on()).isFalse();
        assertThat(light.brightness()).isEqualTo(100);
        assertThat(status.get(PowerMeter.class, "meter:0").metering().energyWh()).isCloseTo(1 / 60.0, within(1e-9));
        assertThat(status.all(SwitchComponent.class)).isEmpty();
    }

    @Test
    void externalProbeWithAKeyThatIsNoIndexStaysInTheRawStatusOnly() {
        DeviceStatus status = Gen1StatusMapper.map(Json.parseOrNull(
                "{\"ext_temperature\":{\"0\":{\"tC\":21.5},\"probe\":{\"tC\":99.0}}}"));

        assertThat(status.get(TemperatureSensor.class, "temperature:100").celsius()).isEqualTo(21.5);
        assertThat(status.all(TemperatureSensor.class)).hasSize(1);
    }

    @Test
    void aColourChannelOutOfRangeLeavesTheColourUnknownAndTheLightMapped() {
        DeviceStatus status = Gen1StatusMapper.map(Json.parseOrNull(
                "{\"lights\":[{\"ison\":true,\"red\":256,\"green\":0,\"blue\":0,\"white\":0,\"gain\":40}]}"));

        LightComponent light = status.get(LightComponent.class, "light:0");
        assertThat(light.on()).isTrue();
        assertThat(light.brightness()).isEqualTo(40);
        assertThat(light.color()).isNull();
    }

    @Test
    void airHasRelayInputExternalProbeAndKeepsUnknownParts() {
        DeviceStatus status = status("shelly-air_SHAIR-1");
        assertThat(status.get(SwitchComponent.class, "switch:0").source()).isEqualTo("input");
        InputComponent input = status.get(InputComponent.class, "input:0");
        assertThat(input.state()).isFalse();
        assertThat(input.lastEvent()).isNull();
        assertThat(input.eventCount()).isZero();
        assertThat(status.get(TemperatureSensor.class, "temperature:100").celsius()).isEqualTo(23.06);
        assertThat(status.get(TemperatureSensor.class, "temperature:0").celsius()).isEqualTo(33.89);
        assertThat(status.find("ext_sensors")).containsInstanceOf(UnknownComponent.class);
        assertThat(status.findSystem().orElseThrow().raw().path("total_work_time").asInt()).isEqualTo(55697);
    }

    @Test
    void gasSensorPartsAreKeptAsUnknownWithoutFailing() {
        DeviceStatus status = status("shelly-gas_SHGS-1");
        assertThat(status.get(UnknownComponent.class, "gas_sensor").raw().path("alarm_state").asString()).isEqualTo("none");
        assertThat(status.get(UnknownComponent.class, "concentration").raw().path("ppm").asInt()).isZero();
        assertThat(status.get(UnknownComponent.class, "valves").raw().get(0).path("state").asString()).isEqualTo("not_connected");
        assertThat(status.all(SwitchComponent.class)).isEmpty();
    }
}

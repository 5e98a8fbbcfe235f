package org.shellymanager.device.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.Fixtures;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.CoverComponent;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.model.EnergyCounter;
import org.shellymanager.device.model.EthernetStatus;
import org.shellymanager.device.model.HumiditySensor;
import org.shellymanager.device.model.IlluminanceSensor;
import org.shellymanager.device.model.InputComponent;
import org.shellymanager.device.model.LightComponent;
import org.shellymanager.device.model.Rgbw;
import org.shellymanager.device.model.SwitchComponent;
import org.shellymanager.device.model.SystemStatus;
import org.shellymanager.device.model.TemperatureSensor;
import org.shellymanager.device.model.ThreePhaseMeter;
import org.shellymanager.device.model.UnknownComponent;
import org.shellymanager.device.model.WifiStatus;

/** Captured Gen2+ {@code Shelly.GetStatus} replies (see the fixtures README) mapped to our model, one test per model. */
class RpcStatusMapperTest {

    private static DeviceStatus status(String path) {
        return RpcStatusMapper.map(Fixtures.json(path));
    }

    @Test
    void plus1pmMeteredSwitchWithWattHoursAndInput() {
        DeviceStatus status = status("aioshelly/shelly-plus-1pm_SNSW-001P16EU/Shelly.GetStatus.json");
        SwitchComponent sw = status.get(SwitchComponent.class, "switch:0");
        assertThat(sw.on()).isFalse();
        assertThat(sw.source()).isEqualTo("WS_in");
        assertThat(sw.temperatureC()).isEqualTo(30.3);
        assertThat(sw.metering().energyWh()).isEqualTo(110.046);
        assertThat(sw.metering().voltageV()).isEqualTo(232.8);
        assertThat(status.get(InputComponent.class, "input:0").state()).isFalse();
        assertThat(status.get(UnknownComponent.class, "script:1").raw().path("mem_free").asInt()).isEqualTo(25200);
        assertThat(status.get(WifiStatus.class, "wifi").ip()).isEqualTo("192.168.1.52");
        assertThat(status.findSystem().orElseThrow().availableBeta()).isEqualTo("1.2.0-beta1");
    }

    @Test
    void plusPlugSByMinuteMilliWattHoursBecomeWattHours() {
        SwitchComponent sw = status("aioshelly/shelly-plus-plug-s_SNPL-00112EU/Shelly.GetStatus.json")
                .get(SwitchComponent.class, "switch:0");
        assertThat(sw.on()).isTrue();
        assertThat(sw.metering().powerW()).isEqualTo(2.7);
        assertThat(sw.metering().currentA()).isEqualTo(0.121);
        assertThat(sw.metering().energyWh()).isEqualTo(7258.589);
        assertThat(sw.metering().minuteEnergyWh()).hasSize(3);
        assertThat(sw.metering().minuteEnergyWh().get(0)).isCloseTo(0.034786, within(1e-12));
        assertThat(sw.metering().minuteEnergyWh().get(1)).isCloseTo(0.045552, within(1e-12));
    }

    @Test
    void plusPlugItSwitchIsOnAndMetered() {
        SwitchComponent sw = status("aioshelly/shelly-plus-plug-it_SNPL-00110IT/Shelly.GetStatus.json")
                .get(SwitchComponent.class, "switch:0");
        assertThat(sw.metering().powerW()).isEqualTo(0.8);
        assertThat(sw.metering().energyWh()).isEqualTo(922.282);
        assertThat(sw.metering().minuteEnergyWh().getFirst()).isCloseTo(0.0103, within(1e-12));
    }

    @Test
    void pro3HasThreeUnmeteredSwitchesThreeInputsAndEthernet() {
        DeviceStatus status = status("aioshelly/shelly-pro-3_SPSW-003XE16EU/Shelly.GetStatus.json");
        assertThat(status.all(SwitchComponent.class)).hasSize(3).allSatisfy(s -> assertThat(s.metering()).isNull());
        assertThat(status.all(InputComponent.class)).hasSize(3);
        assertThat(status.all(EthernetStatus.class)).hasSize(1);
    }

    @Test
    void pro4pmSwitchesReportSixtyHertzAndVoltage() {
        DeviceStatus status = status("aioshelly/shelly-pro-4pm_SPSW-004PE16EU/Shelly.GetStatus.json");
        assertThat(status.all(SwitchComponent.class)).hasSize(4);
        SwitchComponent second = status.get(SwitchComponent.class, "switch:1");
        assertThat(second.source()).isEqualTo("SHC");
        assertThat(second.metering().frequencyHz()).isEqualTo(60.0);
        assertThat(second.metering().voltageV()).isEqualTo(121.8);
        assertThat(second.metering().powerFactor()).isEqualTo(0.0);
    }

    @Test
    void pro3emTriphaseMeterAndEnergyTotals() {
        DeviceStatus status = status("aioshelly/shelly-pro-3em_SPEM-003CEBEU/Shelly.GetStatus.json");
        ThreePhaseMeter em = status.get(ThreePhaseMeter.class, "em:0");
        assertThat(em.phases()).extracting("phase").containsExactly("a", "b", "c");
        assertThat(em.phases().getFirst().powerW()).isEqualTo(375.5);
        assertThat(em.phases().get(2).voltageV()).isEqualTo(229.2);
        assertThat(em.totalPowerW()).isEqualTo(558.965);
        assertThat(em.neutralCurrentA()).isNull();
        EnergyCounter data = status.get(EnergyCounter.class, "emdata:0");
        assertThat(data.energyWh()).isEqualTo(2589773.39);
        assertThat(data.returnedEnergyWh()).isEqualTo(1026.61);
        assertThat(data.phaseReturnedEnergyWh()).containsEntry("c", 985.91);
        assertThat(status.get(TemperatureSensor.class, "temperature:0").celsius()).isEqualTo(46.6);
        assertThat(status.get(WifiStatus.class, "wifi").connected()).isFalse();
        assertThat(status.get(EthernetStatus.class, "eth").ip()).isEqualTo("192.168.1.105");
    }

    @Test
    void pro3emOnNewerFirmwareFromHomeAssistantCapture() {
        DeviceStatus status = status("home-assistant-core/shelly-pro-3em_SPEM-003CEBEU/Shelly.GetStatus.json");
        assertThat(status.get(ThreePhaseMeter.class, "em:0").phases().getFirst().currentA()).isEqualTo(9.592);
        assertThat(status.get(EnergyCounter.class, "emdata:0").phaseEnergyWh()).containsEntry("a", 3105576.42);
    }

    @Test
    void gen3TwoPmInCoverProfileReportsPositionAndMetering() {
        DeviceStatus status = status("aioshelly/shelly-2pm-gen3_S3SW-002P16EU/Shelly.GetStatus_cover-profile.json");
        CoverComponent cover = status.get(CoverComponent.class, "cover:0");
        assertThat(cover.state()).isEqualTo("open");
        assertThat(cover.positionPercent()).isEqualTo(100);
        assertThat(cover.lastDirection()).isEqualTo("open");
        assertThat(cover.source()).isEqualTo("limit_switch");
        assertThat(cover.metering().energyWh()).isEqualTo(314.614);
        assertThat(cover.temperatureC()).isEqualTo(52.0);
        assertThat(status.get(InputComponent.class, "input:0").state()).isNull();
        assertThat(status.find("number:200")).containsInstanceOf(UnknownComponent.class);
        assertThat(status.findSystem().orElseThrow().availableStable()).isNull();
    }

    @Test
    void gen3TwoPmInSwitchProfileHasReturnedEnergy() {
        DeviceStatus status = status("home-assistant-core/shelly-2pm-gen3_S3SW-002P16EU/Shelly.GetStatus.json");
        assertThat(status.all(SwitchComponent.class)).hasSize(2);
        assertThat(status.get(SwitchComponent.class, "switch:1").metering().returnedEnergyWh()).isEqualTo(0.0);
        assertThat(status.get(SwitchComponent.class, "switch:1").metering().voltageV()).isEqualTo(216.3);
    }

    @Test
    void powerStripGen4HasFourMeteredOutlets() {
        DeviceStatus status = status("home-assistant-core/shelly-power-strip-4-gen4_S4PL-00416EU/Shelly.GetStatus.json");
        SwitchComponent fourth = status.get(SwitchComponent.class, "switch:3");
        assertThat(fourth.metering().powerW()).isEqualTo(15.4);
        assertThat(fourth.metering().energyWh()).isEqualTo(18440.297);
        assertThat(fourth.metering().minuteEnergyWh().getFirst()).isCloseTo(0.271136, within(1e-12));
        assertThat(fourth.temperatureC()).isNull();
        assertThat(status.all(SwitchComponent.class)).hasSize(4);
    }

    @Test
    void oneMiniGen4SwitchWithoutMetering() {
        DeviceStatus status = status("aioshelly/shelly-1-mini-gen4_S4SW-001X8EU/Shelly.GetStatus.json");
        SwitchComponent sw = status.get(SwitchComponent.class, "switch:0");
        assertThat(sw.metering()).isNull();
        assertThat(sw.temperatureC()).isEqualTo(64.4);
        assertThat(status.find("zigbee")).containsInstanceOf(UnknownComponent.class);
    }

    @Test
    void pro1cbBreakerIsASwitchAndVoltmeterIsKept() {
        DeviceStatus status = status("home-assistant-core/shelly-pro-1cb_SPCB-01VENEU/Shelly.GetStatus.json");
        SwitchComponent breaker = status.get(SwitchComponent.class, "cb:0");
        assertThat(breaker.on()).isTrue();
        assertThat(breaker.temperatureC()).isEqualTo(33.8);
        assertThat(status.get(UnknownComponent.class, "voltmeter:0").raw().path("voltage").asDouble()).isEqualTo(222.33);
        assertThat(status.get(EthernetStatus.class, "eth").ip()).isNull();
    }

    @Test
    void wallDisplaySensorsThermostatAndSystem() {
        DeviceStatus status = status("aioshelly/shelly-wall-display_SAWD-0A1XX10EU1/Shelly.GetStatus.json");
        assertThat(status.get(HumiditySensor.class, "humidity:0").relativeHumidityPercent()).isEqualTo(43.8);
        IlluminanceSensor light = status.get(IlluminanceSensor.class, "illuminance:0");
        assertThat(light.lux()).isEqualTo(30.0);
        assertThat(light.level()).isEqualTo("twilight");
        assertThat(status.get(TemperatureSensor.class, "temperature:0").celsius()).isEqualTo(21.3);
        assertThat(status.get(SwitchComponent.class, "switch:0").source()).isEqualTo("THERMOSTAT");
        assertThat(status.find("thermostat:0")).containsInstanceOf(UnknownComponent.class);
        SystemStatus sys = status.findSystem().orElseThrow();
        assertThat(sys.availableStable()).isEqualTo("1.2.8");
    }

    @Test
    void bluGatewayRunsAScriptAndCountsApClients() {
        DeviceStatus status = status("aioshelly/shelly-blu-gateway_SNGW-BT01/Shelly.GetStatus.json");
        assertThat(status.get(UnknownComponent.class, "script:1").raw().path("running").asBoolean()).isTrue();
        assertThat(status.get(WifiStatus.class, "wifi").rssi()).isEqualTo(-83);
        assertThat(status.findSystem().orElseThrow().availableStable()).isEqualTo("1.1.0");
    }

    @Test
    void anRgbwColourIsReadOnlyWhenEveryChannelIsANumberFrom0To255() {
        Rgbw color = ((LightComponent) RpcComponentMapper.map("rgbw:0", Json.parseOrNull(
                "{\"id\":0,\"output\":true,\"brightness\":60,\"rgb\":[255,127.6,0],\"white\":10}"))).color();
        LightComponent outOfRange = (LightComponent) RpcComponentMapper.map("rgbw:0", Json.parseOrNull(
                "{\"id\":0,\"output\":true,\"brightness\":60,\"rgb\":[256,0,0],\"white\":10}"));
        LightComponent notNumbers = (LightComponent) RpcComponentMapper.map("rgb:0", Json.parseOrNull(
                "{\"id\":0,\"output\":false,\"rgb\":[\"red\",0,0]}"));
        LightComponent notAList = (LightComponent) RpcComponentMapper.map("rgb:0", Json.parseOrNull(
                "{\"id\":0,\"output\":false,\"rgb\":{\"r\":1,\"g\":2,\"b\":3}}"));

        assertThat(color).isEqualTo(new Rgbw(255, 128, 0, 10));
        assertThat(outOfRange.brightness()).isEqualTo(60);
        assertThat(outOfRange.color()).isNull();
        assertThat(notNumbers.color()).isNull();
        assertThat(notAList.color()).isNull();
    }

    @Test
    void notificationsFromTheDocsMergeIntoStatusAndNullRemovesAKey() {
        var last = Fixtures.json("aioshelly/shelly-plus-1pm_SNSW-001P16EU/Shelly.GetStatus.json");
        var merged = StatusMerger.merge(last,
                Fixtures.json("shelly-api-docs/generic/NotifyStatus_switch-button.json").path("params"));
        DeviceStatus status = RpcStatusMapper.map(merged);
        SwitchComponent sw = status.get(SwitchComponent.class, "switch:0");
        assertThat(sw.on()).isTrue();
        assertThat(sw.source()).isEqualTo("button");
        assertThat(sw.metering().energyWh()).isEqualTo(110.046);
        assertThat(merged.has("ts")).isFalse();
        var removed = StatusMerger.merge(merged, Json.parseOrNull("{\"ts\":1,\"script:1\":null}"));
        assertThat(removed.has("script:1")).isFalse();
        assertThat(last.path("switch:0").path("output").asBoolean()).isFalse();
    }
}

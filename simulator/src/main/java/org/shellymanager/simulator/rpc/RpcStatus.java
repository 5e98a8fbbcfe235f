package org.shellymanager.simulator.rpc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.Templates;
import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.state.Channel;
import org.shellymanager.simulator.state.ClimateChannel;
import org.shellymanager.simulator.state.CoverChannel;
import org.shellymanager.simulator.state.Energy;
import org.shellymanager.simulator.state.InputChannel;
import org.shellymanager.simulator.state.LightChannel;
import org.shellymanager.simulator.state.MeterChannel;
import org.shellymanager.simulator.state.PhaseMeter;
import org.shellymanager.simulator.state.SwitchChannel;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Gen2+ status objects, per component, shaped on the captures of each generation. */
final class RpcStatus {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private RpcStatus() {
    }

    static ObjectNode all(VirtualDevice device) {
        ObjectNode status = Yaml.MAPPER.createObjectNode();
        status.set("sys", sys(device));
        for (String service : device.model().services()) {
            status.set(service, Templates.rpcStatus(service));
        }
        status.set("wifi", wifi(device));
        for (Channel channel : device.state().channels()) {
            component(device, channel, status);
        }
        for (String key : device.config().propertyNames()) {
            if (key.startsWith("script:")) {
                status.set(key, ScriptMethods.status(device, Integer.parseInt(key.substring(7))));
            }
        }
        return status;
    }

    /** Status of one key ({@code switch:0}, {@code sys}, {@code emdata:0}); null when the device has none. */
    static ObjectNode of(VirtualDevice device, String key) {
        return all(device).get(key) instanceof ObjectNode node ? node : null;
    }

    static ObjectNode sys(VirtualDevice device) {
        long now = device.nowMs();
        ObjectNode sys = Yaml.MAPPER.createObjectNode();
        sys.put("mac", device.mac()).put("restart_required", device.restartRequired())
                .put("time", HH_MM.format(Instant.ofEpochMilli(now))).put("unixtime", now / 1000)
                .put("last_sync_ts", now / 1000 - device.uptimeSec() % 3600).put("uptime", device.uptimeSec())
                .put("ram_size", 260728).put("ram_free", 120000 + (int) (device.seed() % 5000))
                .put("ram_min_free", 100000).put("fs_size", 458752).put("fs_free", 135168)
                .put("cfg_rev", device.cfgRev()).put("kvs_rev", device.userData().kvs().rev())
                .put("schedule_rev", device.userData().schedules().rev())
                .put("webhook_rev", device.userData().webhooks().rev())
                .put("btrelay_rev", 0);
        ObjectNode updates = sys.putObject("available_updates");
        offer(device, "stable", updates);
        offer(device, "beta", updates);
        sys.put("reset_reason", 3).put("utc_offset", 3600);
        if (device.model().battery()) {
            sys.putObject("wakeup_reason").put("boot", "deepsleep_wake").put("cause", "periodic");
            sys.put("wakeup_period", 7200);
        }
        return sys;
    }

    private static void offer(VirtualDevice device, String stage, ObjectNode updates) {
        String offered = device.lifecycle().offered(stage);
        if (offered != null) {
            updates.putObject(stage).put("version", org.shellymanager.simulator.model.FirmwareIds.version(offered));
        }
    }

    static ObjectNode wifi(VirtualDevice device) {
        ObjectNode wifi = Yaml.MAPPER.createObjectNode();
        if (device.network().provisioned()) {
            wifi.put("sta_ip", device.network().host()).put("status", "got ip")
                    .put("ssid", device.config().path("wifi").path("sta").path("ssid").asString(""))
                    .put("rssi", -50 - (int) Math.abs(device.seed() % 25));
            wifi.putArray("sta_ip6");
        } else {
            wifi.putNull("sta_ip").put("status", "disconnected").putNull("ssid").put("rssi", 0);
            wifi.put("ap_client_count", 1);
        }
        return wifi;
    }

    private static void component(VirtualDevice device, Channel channel, ObjectNode status) {
        long now = device.nowMs();
        String key = channel.kind() + ":" + channel.id();
        switch (channel) {
            case SwitchChannel sw -> status.set(key, switchStatus(device, sw, now));
            case CoverChannel cover -> status.set(key, cover(device, cover, now));
            case InputChannel input -> status.set(key, Yaml.MAPPER.createObjectNode().put("id", input.id())
                    .put("state", input.state()));
            case MeterChannel em1 -> {
                status.set(key, phase(em1, "", now).put("id", em1.id()).put("freq", em1.frequency()));
                status.set("em1data:" + em1.id(), Yaml.MAPPER.createObjectNode().put("id", em1.id())
                        .put("total_act_energy", Energy.round3(em1.energy().totalWh(now)))
                        .put("total_act_ret_energy", Energy.round3(em1.returned().totalWh(now))));
            }
            case PhaseMeter em -> EmStatus.put(em, status, now);
            case ClimateChannel climate -> climate(climate, status, now);
            case LightChannel light -> status.set(key, light(device, light, now));
        }
    }

    private static ObjectNode switchStatus(VirtualDevice device, SwitchChannel sw, long now) {
        ObjectNode node = Yaml.MAPPER.createObjectNode();
        node.put("id", sw.id()).put("source", sw.source(now)).put("output", sw.output(now));
        if (sw.timerRemainingSec(now) > 0) {
            node.put("timer_started_at", sw.timerStartedSec(now)).put("timer_duration", sw.timerDurationSec(now));
        }
        boolean metered = device.config().path("switch:" + sw.id()).has("power_limit");
        if (metered) {
            double power = sw.power(now);
            electrical(device, node, power, sw.id(), now);
            node.set("aenergy", energy(sw.energy(), now));
            if (device.model().has("ret_aenergy")) {
                node.set("ret_aenergy", energy(sw.returned(), now));
            }
        }
        if (!device.model().has("no_switch_temperature")) {
            temperature(node, device.state().deviceTemperatureC(now));
        }
        return node;
    }

    /** {@code light:N}, {@code rgb:N} ({@code rgb} array) and {@code rgbw:N} (plus {@code white}), metered. */
    private static ObjectNode light(VirtualDevice device, LightChannel light, long now) {
        ObjectNode node = Yaml.MAPPER.createObjectNode();
        node.put("id", light.id()).put("source", light.source()).put("output", light.on())
                .put("brightness", light.brightness());
        int[] rgbw = light.rgbw();
        if (!light.kind().equals("light")) {
            node.putArray("rgb").add(rgbw[0]).add(rgbw[1]).add(rgbw[2]);
        }
        if (light.kind().equals("rgbw")) {
            node.put("white", rgbw[3]);
        }
        electrical(device, node, light.power(now), light.id(), now);
        node.set("aenergy", energy(light.energy(), now));
        temperature(node, device.state().deviceTemperatureC(now));
        return node;
    }

    private static ObjectNode cover(VirtualDevice device, CoverChannel cover, long now) {
        ObjectNode node = Yaml.MAPPER.createObjectNode();
        node.put("id", cover.id()).put("source", cover.source(now)).put("state", cover.state(now));
        electrical(device, node, cover.power(now), cover.id(), now);
        node.set("aenergy", energy(cover.energy(), now));
        node.put("current_pos", cover.currentPos(now)).put("pos_control", true);
        if (cover.lastDirection(now) != null) {
            node.put("last_direction", cover.lastDirection(now));
        }
        if (cover.moving(now)) {
            node.put("move_timeout", 60.0).put("move_started_at", now / 1000.0);
        }
        temperature(node, device.state().deviceTemperatureC(now));
        return node;
    }

    private static void electrical(VirtualDevice device, ObjectNode node, double power, int id, long now) {
        double voltage = Math.round((230.0 + 2.0 * org.shellymanager.simulator.state.Noise.unit(device.seed() + id, now))
                * 10.0) / 10.0;
        node.put("apower", power).put("voltage", voltage)
                .put("current", Math.round(power / voltage * 1000.0) / 1000.0);
        if (device.model().has("pf")) {
            node.put("pf", power > 0 ? 0.98 : 0.0);
        }
        if (device.model().has("freq")) {
            node.put("freq", 50.0);
        }
    }

    static ObjectNode energy(Energy energy, long now) {
        ObjectNode node = Yaml.MAPPER.createObjectNode();
        node.put("total", Energy.round3(energy.totalWh(now)));
        ArrayNode minutes = node.putArray("by_minute");
        for (double value : energy.byMinuteMwh(now)) {
            minutes.add(value);
        }
        node.put("minute_ts", Energy.minuteTs(now));
        return node;
    }

    static ObjectNode phase(MeterChannel meter, String prefix, long now) {
        return Yaml.MAPPER.createObjectNode()
                .put(prefix + "current", meter.current(now)).put(prefix + "voltage", meter.voltage(now))
                .put(prefix + "act_power", meter.power(now)).put(prefix + "aprt_power", meter.apparentPower(now))
                .put(prefix + "pf", meter.pf());
    }

    private static void temperature(ObjectNode node, double celsius) {
        node.putObject("temperature").put("tC", celsius)
                .put("tF", Math.round((celsius * 9 / 5 + 32) * 10.0) / 10.0);
    }

    private static void climate(ClimateChannel climate, ObjectNode status, long now) {
        String key = climate.kind() + ":" + climate.id();
        switch (climate.kind()) {
            case "temperature" -> {
                double c = climate.temperatureC(now);
                status.set(key, Yaml.MAPPER.createObjectNode().put("id", climate.id()).put("tC", c)
                        .put("tF", Math.round((c * 9 / 5 + 32) * 10.0) / 10.0));
            }
            case "humidity" -> status.set(key, Yaml.MAPPER.createObjectNode().put("id", climate.id())
                    .put("rh", climate.humidity(now)));
            default -> {
                ObjectNode power = Yaml.MAPPER.createObjectNode().put("id", climate.id());
                power.putObject("battery").put("V", climate.batteryVolts(now)).put("percent", climate.batteryPercent(now));
                power.putObject("external").put("present", false);
                status.set(key, power);
            }
        }
    }
}

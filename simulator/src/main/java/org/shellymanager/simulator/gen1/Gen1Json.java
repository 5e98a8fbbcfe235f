package org.shellymanager.simulator.gen1;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.shellymanager.simulator.core.Gen1Counts;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.state.Channel;
import org.shellymanager.simulator.state.ClimateChannel;
import org.shellymanager.simulator.state.CoverChannel;
import org.shellymanager.simulator.state.Energy;
import org.shellymanager.simulator.state.InputChannel;
import org.shellymanager.simulator.state.LightChannel;
import org.shellymanager.simulator.state.MeterChannel;
import org.shellymanager.simulator.state.SwitchChannel;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Gen1 JSON: {@code /shelly}, {@code /status} and the per-channel objects, shaped on the Gen1 captures. */
final class Gen1Json {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private Gen1Json() {
    }

    static ObjectNode shelly(VirtualDevice device) {
        Gen1Counts counts = Gen1Counts.of(device.model(), device.profile());
        ObjectNode shelly = Yaml.MAPPER.createObjectNode()
                .put("type", device.model().model())
                .put("mac", device.mac())
                .put("auth", device.gen1Password() != null)
                .put("fw", device.firmwareId())
                .put("discoverable", device.config().path("discoverable").asBoolean(true));
        if (device.model().longId()) {
            shelly.put("longid", 1);
        }
        shelly.put("name", device.config().path("name").asString(null));
        shelly.put("num_outputs", counts.outputs());
        if (counts.meters() > 0) {
            shelly.put("num_meters", counts.meters());
        }
        if (counts.emeters() > 0) {
            shelly.put("num_emeters", counts.emeters());
        }
        if (counts.rollers() > 0) {
            shelly.put("num_rollers", counts.rollers());
        }
        if (counts.inputs() > 0) {
            shelly.put("num_inputs", counts.inputs());
        }
        return shelly;
    }

    static ObjectNode status(VirtualDevice device) {
        long now = device.nowMs();
        ObjectNode status = Yaml.MAPPER.createObjectNode();
        ObjectNode wifi = status.putObject("wifi_sta");
        boolean lan = device.network().provisioned();
        wifi.put("connected", lan).put("ssid", lan ? device.config().path("wifi_sta").path("ssid").asString("") : "");
        wifi.put("ip", lan ? device.network().host() : "");
        if (lan) {
            wifi.put("rssi", -50 - (int) Math.abs(device.seed() % 25));
        }
        status.set("cloud", device.config().path("cloud").deepCopy());
        status.putObject("mqtt").put("connected", false);
        status.put("time", HH_MM.format(Instant.ofEpochMilli(now)));
        status.put("unixtime", now / 1000);
        status.put("serial", (int) (device.uptimeSec() / 30 % 65536) + 1);
        status.put("has_update", device.lifecycle().offered("stable") != null);
        status.put("mac", device.mac());
        status.put("cfg_changed_cnt", device.cfgRev());
        status.putObject("actions_stats").put("skipped", 0);
        ArrayNode meters = null;
        for (Channel channel : device.state().channels()) {
            switch (channel) {
                case SwitchChannel sw -> {
                    array(status, "relays").add(relay(sw, now));
                    if (device.model().components(device.profile()).stream()
                            .anyMatch(g -> g.kind().equals("relay") && g.metered())) {
                        meters = meters == null ? status.putArray("meters") : meters;
                        meters.add(meter(sw.power(now), sw.energy(), now));
                    }
                }
                case CoverChannel cover -> {
                    array(status, "rollers").add(roller(cover, now));
                    meters = meters == null ? status.putArray("meters") : meters;
                    boolean opening = "opening".equals(cover.state(now));
                    meters.add(meter(opening ? cover.power(now) : 0, cover.energy(), now));
                    meters.add(meter(opening ? 0 : cover.power(now), cover.energy(), now));
                }
                case LightChannel light -> {
                    array(status, "lights").add(light(light, device.profile(), now));
                    meters = meters == null ? status.putArray("meters") : meters;
                    meters.add(meter(light.power(now), light.energy(), now));
                }
                case InputChannel input -> array(status, "inputs").add(input(input));
                case MeterChannel emeter -> array(status, "emeters").add(emeter(emeter, now));
                case ClimateChannel climate -> sensor(status, climate, device, now);
                default -> { }
            }
        }
        if (device.model().temperature()) {
            double t = device.state().deviceTemperatureC(now);
            status.put("temperature", t).put("overtemperature", false);
            status.putObject("tmp").put("tC", t).put("tF", fahrenheit(t)).put("is_valid", true);
        }
        status.set("update", Gen1Ota.state(device));
        status.put("ram_total", 52056).put("ram_free", 39000 + (int) (device.seed() % 2000));
        status.put("fs_size", 233681).put("fs_free", 162648);
        status.put("uptime", device.uptimeSec());
        return status;
    }

    static ObjectNode relay(SwitchChannel sw, long now) {
        ObjectNode relay = Yaml.MAPPER.createObjectNode();
        relay.put("ison", sw.output(now)).put("has_timer", sw.timerRemainingSec(now) > 0)
                .put("timer_started", sw.timerStartedSec(now)).put("timer_duration", (long) sw.timerDurationSec(now))
                .put("timer_remaining", (long) sw.timerRemainingSec(now)).put("overpower", false)
                .put("source", sw.source(now));
        return relay;
    }

    static ObjectNode roller(CoverChannel cover, long now) {
        String state = switch (cover.state(now)) {
            case "opening" -> "open";
            case "closing" -> "close";
            default -> "stop";
        };
        ObjectNode roller = Yaml.MAPPER.createObjectNode();
        roller.put("state", state).put("source", cover.source(now)).put("power", cover.power(now))
                .put("is_valid", true).put("safety_switch", false).put("overtemperature", false)
                .put("stop_reason", "normal")
                .put("last_direction", "close".equals(cover.lastDirection(now)) ? "close" : "open")
                .put("current_pos", cover.currentPos(now)).put("calibrating", false).put("positioning", true);
        return roller;
    }

    static ObjectNode light(LightChannel light, String mode, long now) {
        ObjectNode node = Yaml.MAPPER.createObjectNode();
        node.put("ison", light.on()).put("source", light.source()).put("has_timer", false)
                .put("timer_started", 0).put("timer_duration", 0).put("timer_remaining", 0);
        if (light.kind().equals("color")) {
            int[] rgbw = light.rgbw();
            node.put("mode", "color").put("red", rgbw[0]).put("green", rgbw[1]).put("blue", rgbw[2])
                    .put("white", rgbw[3]).put("gain", light.gain()).put("effect", 0);
        } else {
            if (light.kind().equals("white")) {
                node.put("mode", "white");
            }
            node.put("brightness", light.brightness());
        }
        node.put("transition", 0).put("overpower", false);
        return node;
    }

    static ObjectNode meter(double power, Energy energy, long now) {
        ObjectNode meter = Yaml.MAPPER.createObjectNode();
        ArrayNode counters = Yaml.MAPPER.createArrayNode();
        for (double c : energy.byMinuteWattMinutes(now)) {
            counters.add(c);
        }
        meter.put("power", power).put("overpower", 0.0).put("is_valid", true).put("timestamp", now / 1000);
        meter.set("counters", counters);
        meter.put("total", Math.round(energy.totalWh(now) * 60));
        return meter;
    }

    static ObjectNode emeter(MeterChannel emeter, long now) {
        ObjectNode node = Yaml.MAPPER.createObjectNode();
        node.put("power", emeter.power(now)).put("reactive", emeter.reactivePower(now))
                .put("pf", emeter.pf()).put("voltage", emeter.voltage(now)).put("current", emeter.current(now))
                .put("is_valid", true).put("total", Energy.round3(emeter.energy().totalWh(now)))
                .put("total_returned", Energy.round3(emeter.returned().totalWh(now)));
        return node;
    }

    static ObjectNode input(InputChannel input) {
        return Yaml.MAPPER.createObjectNode().put("input", input.state() ? 1 : 0)
                .put("event", input.lastEvent()).put("event_cnt", input.eventCount());
    }

    private static void sensor(ObjectNode status, ClimateChannel climate, VirtualDevice device, long now) {
        double t = climate.temperatureC(now);
        status.putObject("tmp").put("value", t).put("units", "C").put("tC", t).put("tF", fahrenheit(t))
                .put("is_valid", true);
        status.putObject("hum").put("value", climate.humidity(now)).put("is_valid", true);
        status.putObject("bat").put("value", climate.batteryPercent(now)).put("voltage", climate.batteryVolts(now));
        status.putArray("act_reasons").add(device.uptimeSec() < 5 ? "poweron" : "sensor");
        status.put("connect_retries", 0).put("sensor_error", 0);
    }

    static double fahrenheit(double celsius) {
        return Math.round((celsius * 9 / 5 + 32) * 100.0) / 100.0;
    }

    private static ArrayNode array(ObjectNode status, String name) {
        return status.has(name) ? (ArrayNode) status.get(name) : status.putArray(name);
    }
}

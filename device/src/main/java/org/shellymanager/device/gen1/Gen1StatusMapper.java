package org.shellymanager.device.gen1;

import static org.shellymanager.device.json.Json.bool;
import static org.shellymanager.device.json.Json.flag;
import static org.shellymanager.device.json.Json.integer;
import static org.shellymanager.device.json.Json.longValue;
import static org.shellymanager.device.json.Json.number;
import static org.shellymanager.device.json.Json.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.BatteryStatus;
import org.shellymanager.device.model.CloudStatus;
import org.shellymanager.device.model.Component;
import org.shellymanager.device.model.CoverComponent;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.model.HumiditySensor;
import org.shellymanager.device.model.IlluminanceSensor;
import org.shellymanager.device.model.InputComponent;
import org.shellymanager.device.model.LightComponent;
import org.shellymanager.device.model.LightKind;
import org.shellymanager.device.model.Metering;
import org.shellymanager.device.model.MqttStatus;
import org.shellymanager.device.model.PowerMeter;
import org.shellymanager.device.model.Rgbw;
import org.shellymanager.device.model.SwitchComponent;
import org.shellymanager.device.model.SystemStatus;
import org.shellymanager.device.model.TemperatureSensor;
import org.shellymanager.device.model.UnknownComponent;
import org.shellymanager.device.model.WifiStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a Gen1 {@code /status} reply to our model. Gen1 meters count watt-minutes; they come out in Wh.
 * Parts get Gen2-style keys: relay N is {@code switch:N}, roller {@code cover:N}, the device temperature
 * {@code temperature:0}, external probes {@code temperature:100+N}. A pure function.
 */
public final class Gen1StatusMapper {

    private static final Set<String> MAPPED = Set.of("relays", "rollers", "lights", "inputs", "meters", "emeters",
            "tmp", "ext_temperature", "hum", "lux", "bat", "wifi_sta", "cloud", "mqtt");

    private Gen1StatusMapper() {
    }

    public static DeviceStatus map(JsonNode status) {
        List<Component> parts = new ArrayList<>();
        parts.add(system(status));
        each(status, "relays", (i, r) -> parts.add(new SwitchComponent("switch:" + i, i, flag(r, "ison"),
                text(r, "source"), null, null, r)));
        each(status, "rollers", (i, r) -> parts.add(roller(i, r)));
        each(status, "lights", (i, l) -> parts.add(light(i, l)));
        each(status, "inputs", (i, in) -> parts.add(new InputComponent("input:" + i, i, bool(in, "input"),
                emptyToNull(text(in, "event")), integer(in, "event_cnt"), in)));
        each(status, "meters", (i, m) -> parts.add(new PowerMeter("meter:" + i, i, meter(m), m)));
        each(status, "emeters", (i, m) -> parts.add(new PowerMeter("emeter:" + i, i, new Metering(number(m, "power"),
                number(m, "voltage"), number(m, "current"), number(m, "pf"), null, number(m, "total"),
                number(m, "total_returned"), List.of()), m)));
        JsonNode tmp = status.path("tmp");
        if (tmp.isObject()) {
            parts.add(new TemperatureSensor("temperature:0", 0, validOrNull(tmp, number(tmp, "tC")), tmp));
        }
        for (Map.Entry<String, JsonNode> probe : status.path("ext_temperature").properties()) {
            if (!probe.getKey().matches("[0-9]{1,2}")) {
                continue; // not a probe index: the entry stays in the raw status only
            }
            int index = Integer.parseInt(probe.getKey());
            parts.add(new TemperatureSensor("temperature:" + (100 + index), 100 + index, number(probe.getValue(), "tC"),
                    probe.getValue()));
        }
        JsonNode hum = status.path("hum");
        if (hum.isObject()) {
            parts.add(new HumiditySensor("humidity:0", 0, validOrNull(hum, number(hum, "value")), hum));
        }
        JsonNode lux = status.path("lux");
        if (lux.isObject()) {
            parts.add(new IlluminanceSensor("illuminance:0", 0, validOrNull(lux, number(lux, "value")),
                    text(lux, "illumination"), lux));
        }
        JsonNode bat = status.path("bat");
        if (bat.isObject()) {
            parts.add(new BatteryStatus("devicepower:0", 0, integer(bat, "value"), number(bat, "voltage"),
                    bool(status, "charger"), bat));
        }
        JsonNode wifi = status.path("wifi_sta");
        if (wifi.isObject()) {
            parts.add(new WifiStatus("wifi", flag(wifi, "connected"), text(wifi, "ssid"), text(wifi, "ip"),
                    integer(wifi, "rssi"), wifi));
        }
        JsonNode cloud = status.path("cloud");
        if (cloud.isObject()) {
            parts.add(new CloudStatus("cloud", flag(cloud, "connected"), bool(cloud, "enabled"), cloud));
        }
        JsonNode mqtt = status.path("mqtt");
        if (mqtt.isObject()) {
            parts.add(new MqttStatus("mqtt", flag(mqtt, "connected"), mqtt));
        }
        for (Map.Entry<String, JsonNode> entry : status.properties()) {
            boolean structured = entry.getValue().isObject() || entry.getValue().isArray();
            if (structured && !MAPPED.contains(entry.getKey()) && !"update".equals(entry.getKey())) {
                parts.add(new UnknownComponent(entry.getKey(), entry.getValue()));
            }
        }
        return new DeviceStatus(parts, status);
    }

    private interface Indexed {
        void accept(int index, JsonNode item);
    }

    private static void each(JsonNode status, String field, Indexed action) {
        JsonNode items = status.path(field);
        if (!items.isArray()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            action.accept(i, items.get(i));
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Double validOrNull(JsonNode node, Double value) {
        return Boolean.FALSE.equals(bool(node, "is_valid")) ? null : value;
    }

    static Metering meter(JsonNode m) {
        Double total = number(m, "total");
        List<Double> minutes = Json.numbers(m, "counters").stream().map(Metering::wattMinutesToWh).toList();
        return new Metering(number(m, "power"), null, null, null, null,
                total == null ? null : Metering.wattMinutesToWh(total), null, minutes);
    }

    private static CoverComponent roller(int i, JsonNode r) {
        String state = switch (String.valueOf(text(r, "state"))) {
            case "open" -> "opening";
            case "close" -> "closing";
            case "stop" -> "stopped";
            default -> text(r, "state");
        };
        Integer position = Boolean.FALSE.equals(bool(r, "positioning")) ? null : integer(r, "current_pos");
        Metering metering = r.has("power") ? new Metering(number(r, "power"), null, null, null, null, null, null, List.of()) : null;
        return new CoverComponent("cover:" + i, i, state, position, text(r, "last_direction"), text(r, "source"),
                null, metering, r);
    }

    private static LightComponent light(int i, JsonNode l) {
        if (l.has("red")) {
            Rgbw color = Rgbw.reported(number(l, "red"), number(l, "green"), number(l, "blue"), number(l, "white"));
            return new LightComponent("light:" + i, i, LightKind.RGBW, flag(l, "ison"), integer(l, "gain"), color,
                    null, text(l, "source"), null, l);
        }
        LightKind kind = l.has("temp") ? LightKind.CCT : LightKind.WHITE;
        return new LightComponent("light:" + i, i, kind, flag(l, "ison"), integer(l, "brightness"), null,
                integer(l, "temp"), text(l, "source"), null, l);
    }

    private static SystemStatus system(JsonNode status) {
        ObjectNode scalars = Json.object();
        for (Map.Entry<String, JsonNode> entry : status.properties()) {
            if (entry.getValue().isValueNode() || "update".equals(entry.getKey())) {
                scalars.set(entry.getKey(), entry.getValue());
            }
        }
        JsonNode update = status.path("update");
        String stable = flag(update, "has_update") ? text(update, "new_version") : null;
        String beta = text(update, "beta_version");
        if (beta != null && beta.equals(text(update, "old_version"))) {
            beta = null;
        }
        return new SystemStatus("sys", text(status, "mac"), longValue(status, "uptime"), longValue(status, "unixtime"),
                longValue(status, "ram_free"), longValue(status, "ram_total"), longValue(status, "fs_free"),
                longValue(status, "fs_size"), null, null, stable, beta, scalars);
    }
}

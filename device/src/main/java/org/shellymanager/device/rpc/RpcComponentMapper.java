package org.shellymanager.device.rpc;

import static org.shellymanager.device.json.Json.bool;
import static org.shellymanager.device.json.Json.flag;
import static org.shellymanager.device.json.Json.integer;
import static org.shellymanager.device.json.Json.longValue;
import static org.shellymanager.device.json.Json.number;
import static org.shellymanager.device.json.Json.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.BatteryStatus;
import org.shellymanager.device.model.BleStatus;
import org.shellymanager.device.model.CloudStatus;
import org.shellymanager.device.model.Component;
import org.shellymanager.device.model.CoverComponent;
import org.shellymanager.device.model.EnergyCounter;
import org.shellymanager.device.model.EthernetStatus;
import org.shellymanager.device.model.HumiditySensor;
import org.shellymanager.device.model.IlluminanceSensor;
import org.shellymanager.device.model.InputComponent;
import org.shellymanager.device.model.LightComponent;
import org.shellymanager.device.model.LightKind;
import org.shellymanager.device.model.Metering;
import org.shellymanager.device.model.MqttStatus;
import org.shellymanager.device.model.PhaseReading;
import org.shellymanager.device.model.PowerMeter;
import org.shellymanager.device.model.Rgbw;
import org.shellymanager.device.model.SwitchComponent;
import org.shellymanager.device.model.SystemStatus;
import org.shellymanager.device.model.TemperatureSensor;
import org.shellymanager.device.model.ThreePhaseMeter;
import org.shellymanager.device.model.UnknownComponent;
import org.shellymanager.device.model.WifiStatus;
import tools.jackson.databind.JsonNode;

/** Maps one Gen2+ status component ({@code "switch:0": {...}}) to our model. A pure function. */
public final class RpcComponentMapper {

    /** A meter that reported nothing this time (a pm1 without readings): every value unknown. */
    private static final Metering NO_READINGS = new Metering(null, null, null, null, null, null, null, List.of());

    private static final List<String> PHASES = List.of("a", "b", "c");

    private RpcComponentMapper() {
    }

    public static Component map(String key, JsonNode s) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        int id = colon < 0 ? 0 : parseId(key.substring(colon + 1));
        return switch (kind.toLowerCase(java.util.Locale.ROOT)) {
            case "switch", "cb" -> new SwitchComponent(key, id, flag(s, "output"), text(s, "source"),
                    number(s.path("temperature"), "tC"), metering(s), s);
            case "cover" -> new CoverComponent(key, id, text(s, "state"), integer(s, "current_pos"),
                    text(s, "last_direction"), text(s, "source"), number(s.path("temperature"), "tC"), metering(s), s);
            case "light" -> light(key, id, LightKind.WHITE, s);
            case "rgb" -> light(key, id, LightKind.RGB, s);
            case "rgbw" -> light(key, id, LightKind.RGBW, s);
            case "cct" -> light(key, id, LightKind.CCT, s);
            case "input" -> new InputComponent(key, id, bool(s, "state"), null, null, s);
            case "em" -> threePhase(key, id, s);
            case "emdata" -> phaseEnergy(key, id, s);
            case "em1" -> new PowerMeter(key, id, new Metering(number(s, "act_power"), number(s, "voltage"),
                    number(s, "current"), number(s, "pf"), number(s, "freq"), null, null, List.of()), s);
            case "em1data" -> new EnergyCounter(key, id, number(s, "total_act_energy"), number(s, "total_act_ret_energy"),
                    Map.of(), Map.of(), s);
            case "pm1" -> new PowerMeter(key, id, Objects.requireNonNullElse(metering(s), NO_READINGS), s);
            case "temperature" -> new TemperatureSensor(key, id, number(s, "tC"), s);
            case "humidity" -> new HumiditySensor(key, id, number(s, "rh"), s);
            case "illuminance" -> new IlluminanceSensor(key, id, number(s, "lux"), text(s, "illumination"), s);
            case "devicepower" -> new BatteryStatus(key, id, integer(s.path("battery"), "percent"),
                    number(s.path("battery"), "V"), bool(s.path("external"), "present"), s);
            case "sys" -> system(key, s);
            case "wifi" -> new WifiStatus(key, text(s, "sta_ip") != null
                    || "got ip".equalsIgnoreCase(text(s, "status")), text(s, "ssid"), text(s, "sta_ip"), integer(s, "rssi"), s);
            case "cloud" -> new CloudStatus(key, flag(s, "connected"), null, s);
            case "mqtt" -> new MqttStatus(key, flag(s, "connected"), s);
            case "ble" -> new BleStatus(key, s);
            case "eth" -> new EthernetStatus(key, text(s, "ip"), s);
            default -> new UnknownComponent(key, s);
        };
    }

    private static int parseId(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Built-in metering of switch, cover, light and pm1; null when the component reports no readings. */
    static Metering metering(JsonNode s) {
        if (!s.has("apower") && !s.has("aenergy") && !s.has("voltage")) {
            return null;
        }
        List<Double> minutes = Json.numbers(s.path("aenergy"), "by_minute").stream().map(Metering::milliWhToWh).toList();
        return new Metering(number(s, "apower"), number(s, "voltage"), number(s, "current"), number(s, "pf"),
                number(s, "freq"), number(s.path("aenergy"), "total"), number(s.path("ret_aenergy"), "total"), minutes);
    }

    private static LightComponent light(String key, int id, LightKind kind, JsonNode s) {
        Rgbw color = null;
        JsonNode channels = s.path("rgb");
        List<Double> rgb = Json.numbers(s, "rgb");
        if (channels.isArray() && channels.size() == 3 && rgb.size() == 3) {
            color = Rgbw.reported(rgb.get(0), rgb.get(1), rgb.get(2), kind == LightKind.RGBW ? number(s, "white") : 0.0);
        }
        return new LightComponent(key, id, kind, flag(s, "output"), integer(s, "brightness"), color, integer(s, "ct"),
                text(s, "source"), metering(s), s);
    }

    private static ThreePhaseMeter threePhase(String key, int id, JsonNode s) {
        List<PhaseReading> phases = PHASES.stream()
                .filter(p -> s.has(p + "_act_power") || s.has(p + "_voltage"))
                .map(p -> new PhaseReading(p, number(s, p + "_act_power"), number(s, p + "_aprt_power"),
                        number(s, p + "_voltage"), number(s, p + "_current"), number(s, p + "_pf"), number(s, p + "_freq")))
                .toList();
        return new ThreePhaseMeter(key, id, phases, number(s, "total_act_power"), number(s, "total_aprt_power"),
                number(s, "total_current"), number(s, "n_current"), s);
    }

    private static EnergyCounter phaseEnergy(String key, int id, JsonNode s) {
        Map<String, Double> energy = new LinkedHashMap<>();
        Map<String, Double> returned = new LinkedHashMap<>();
        for (String p : PHASES) {
            if (number(s, p + "_total_act_energy") != null) {
                energy.put(p, number(s, p + "_total_act_energy"));
            }
            if (number(s, p + "_total_act_ret_energy") != null) {
                returned.put(p, number(s, p + "_total_act_ret_energy"));
            }
        }
        return new EnergyCounter(key, id, number(s, "total_act"), number(s, "total_act_ret"), energy, returned, s);
    }

    private static SystemStatus system(String key, JsonNode s) {
        JsonNode updates = s.path("available_updates");
        return new SystemStatus(key, text(s, "mac"), longValue(s, "uptime"), longValue(s, "unixtime"),
                longValue(s, "ram_free"), longValue(s, "ram_size"), longValue(s, "fs_free"), longValue(s, "fs_size"),
                bool(s, "restart_required"), integer(s, "cfg_rev"), text(updates.path("stable"), "version"),
                text(updates.path("beta"), "version"), s);
    }
}

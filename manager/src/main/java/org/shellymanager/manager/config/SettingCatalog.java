package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shellymanager.device.Generation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every template setting, with its Gen1 and Gen2+ fields (protocol reference §1.5 for Gen1 {@code /settings};
 * Gen2+ {@code Shelly.GetConfig}). Gen1 fields are named as {@code /settings} shows them; the writer turns
 * them into setter names.
 */
final class SettingCatalog {

    static final String SWITCH = "switches\\.(\\d+)\\.";
    private static final UnaryOperator<JsonNode> SAME = v -> v;
    private static final List<Setting> SETTINGS = new ArrayList<>();

    static {
        var text = new SettingKind.Text();
        var flag = new SettingKind.Flag();
        var secret = new SettingKind.Secret();
        add("name", text, List.of(f("name")), List.of(f("sys.device.name")), null);
        for (String sta : List.of("sta", "sta1")) {
            add("wifi\\." + sta + "\\.enabled", flag, List.of(f("wifi_" + sta + ".enabled")), List.of(f("wifi." + sta + ".enable")), null);
            add("wifi\\." + sta + "\\.ssid", text, List.of(f("wifi_" + sta + ".ssid")), List.of(f("wifi." + sta + ".ssid")), null);
            add("wifi\\." + sta + "\\.password", secret, List.of(f("wifi_" + sta + ".key")), List.of(f("wifi." + sta + ".pass")), null);
        }
        add("wifi\\.ap\\.enabled", flag, List.of(f("wifi_ap.enabled")), List.of(f("wifi.ap.enable")), null);
        add("wifi\\.ap\\.ssid", text, List.of(f("wifi_ap.ssid")), List.of(f("wifi.ap.ssid")), null);
        add("wifi\\.ap\\.password", secret, List.of(f("wifi_ap.key")), List.of(f("wifi.ap.pass")), null);
        add("cloud\\.enabled", flag, List.of(f("cloud.enabled")), List.of(f("cloud.enable")), null);
        add("mqtt\\.enabled", flag, List.of(f("mqtt.enable")), List.of(f("mqtt.enable")), null);
        add("mqtt\\.server", text, List.of(f("mqtt.server")), List.of(f("mqtt.server")), null);
        add("mqtt\\.user", text, List.of(f("mqtt.user")), List.of(f("mqtt.user")), null);
        add("mqtt\\.password", secret, List.of(f("mqtt.pass")), List.of(f("mqtt.pass")), null);
        add("sntp\\.server", text, List.of(f("sntp.server")), List.of(f("sys.sntp.server")), null);
        add("timezone", text, List.of(f("timezone")), List.of(f("sys.location.tz")), null);
        add("location\\.lat", new SettingKind.Number(-90, 90), List.of(f("lat")), List.of(f("sys.location.lat")), null);
        add("location\\.lon", new SettingKind.Number(-180, 180), List.of(f("lng")), List.of(f("sys.location.lon")), null);
        add("led\\.statusDisabled", flag, List.of(f("led_status_disable")), List.of(),
                "Gen2+ devices have no common LED setting (their LED options are model-specific UI components)");
        add("eco\\.enabled", flag, List.of(f("eco_mode_enabled")), List.of(f("sys.device.eco_mode")), null);
        add(SWITCH + "name", text, List.of(f("relays.{0}.name")), List.of(f("switch:{0}.name")), null);
        add(SWITCH + "initialState", new SettingKind.Choice(List.of("off", "on", "last", "input")),
                List.of(f("relays.{0}.default_state", mapped(Map.of("input", "switch")))),
                List.of(f("switch:{0}.initial_state", mapped(Map.of("last", "restore_last", "input", "match_input")))), null);
        add(SWITCH + "autoOff", new SettingKind.Number(0, 86_400), List.of(f("relays.{0}.auto_off")),
                List.of(f("switch:{0}.auto_off", v -> JsonNodeFactory.instance.booleanNode(v.asDouble() > 0)),
                        f("switch:{0}.auto_off_delay", v -> v.asDouble() > 0 ? v : null)), null);
        add(SWITCH + "inputMode", new SettingKind.Choice(List.of("momentary", "follow", "flip", "detached")),
                List.of(f("relays.{0}.btn_type", mapped(Map.of("follow", "toggle", "flip", "edge")))),
                List.of(f("switch:{0}.in_mode")), null);
        add("coiot\\.enabled", flag, List.of(f("coiot.enabled")), List.of(), "CoIoT is Gen1 only; Gen2+ use an outbound WebSocket (ws.*)");
        add("coiot\\.peer", text, List.of(f("coiot.peer")), List.of(), "CoIoT is Gen1 only; Gen2+ use an outbound WebSocket (ws.*)");
        add("ws\\.enabled", flag, List.of(), List.of(f("ws.enable")), "Gen1 has no outbound WebSocket; use CoIoT (coiot.*)");
        add("ws\\.server", text, List.of(), List.of(f("ws.server")), "Gen1 has no outbound WebSocket; use CoIoT (coiot.*)");
        add("ble\\.enabled", flag, List.of(), List.of(f("ble.enable")), "Gen1 devices have no Bluetooth");
        for (ItemKind kind : ItemKind.values()) {
            add(kind.itemsPath().replace(".", "\\."), new SettingKind.Items(kind), List.of(), List.of(), kind.unsupported(Generation.GEN1, "Gen1"));
            add(kind.exclusivePath().replace(".", "\\."), flag, List.of(), List.of(), kind.unsupported(Generation.GEN1, "Gen1"));
        }
        add("login\\.password", secret, List.of(f(DeviceLogin.FIELD)), List.of(f(DeviceLogin.FIELD)), null);
        add("kvs\\.([A-Za-z0-9_.:-]+)", new SettingKind.Any(), List.of(), List.of(f("kvs.{0}")), "Gen1 devices have no key-value store");
    }

    private SettingCatalog() {
    }

    /** The setting a neutral path names, and the match that captured its channel or key. */
    static Optional<Map.Entry<Setting, Matcher>> find(String neutralPath) {
        for (Setting setting : SETTINGS) {
            Matcher match = setting.pattern().matcher(neutralPath);
            if (match.matches()) {
                return Optional.of(Map.entry(setting, match));
            }
        }
        return Optional.empty();
    }

    /** The neutral names, for messages. */
    static List<String> names() {
        return SETTINGS.stream().map(s -> s.pattern().pattern().replace("\\.", ".").replace("(\\d+)", "<n|*>")
                .replace("([A-Za-z0-9_.:-]+)", "<key>")).toList();
    }

    private static void add(String pattern, SettingKind kind, List<Setting.Native> gen1, List<Setting.Native> rpc, String why) {
        SETTINGS.add(new Setting(Pattern.compile(pattern), kind, gen1, rpc,
                why == null ? "not available on this generation" : why));
    }

    private static Setting.Native f(String path) {
        return new Setting.Native(path, SAME);
    }

    private static Setting.Native f(String path, UnaryOperator<JsonNode> convert) {
        return new Setting.Native(path, convert);
    }

    private static UnaryOperator<JsonNode> mapped(Map<String, String> values) {
        return v -> JsonNodeFactory.instance.stringNode(values.getOrDefault(v.asString(), v.asString()));
    }
}

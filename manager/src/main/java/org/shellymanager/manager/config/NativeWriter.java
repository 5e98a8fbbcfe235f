package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shellymanager.device.Generation;
import org.shellymanager.device.gen1.Gen1SettingNames;
import org.shellymanager.device.rpc.ComponentType;
import org.shellymanager.device.rpc.SystemService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns field values into the fewest calls that set them: Gen1 setters grouped by endpoint (with the setter
 * names, protocol reference §1.1), Gen2+ {@code <Component>.SetConfig} grouped by component, {@code KVS.Set}
 * per key and {@code Script.PutCode} per script.
 */
final class NativeWriter {

    private static final Pattern GEN1_CHANNEL = Pattern.compile("(relays|rollers|lights)\\.(\\d+)\\.([a-z_]+)");
    private static final Map<String, String> GEN1_CHANNEL_PATHS = Map.of("relays", "/settings/relay/",
            "rollers", "/settings/roller/", "lights", "/settings/light/");
    private static final Map<String, String> GEN1_SECTIONS = Map.of("wifi_sta", "/settings/sta",
            "wifi_sta1", "/settings/sta1", "wifi_ap", "/settings/ap");
    private static final Map<String, SystemService> RPC_SERVICES = Map.of("sys", SystemService.SYS,
            "wifi", SystemService.WIFI, "cloud", SystemService.CLOUD, "mqtt", SystemService.MQTT,
            "ble", SystemService.BLE, "ws", SystemService.WS, "eth", SystemService.ETH);

    private NativeWriter() {
    }

    /** Whether a field can be written on this generation. */
    static boolean writable(Generation generation, String field) {
        return generation == Generation.GEN1 ? gen1Target(field).isPresent() : rpcTarget(field).isPresent();
    }

    /** The calls for these field values (only writable fields; check with {@link #writable} first). */
    static List<DeviceCall> calls(Generation generation, Map<String, JsonNode> values) {
        return generation == Generation.GEN1 ? gen1(values) : rpc(values);
    }

    private static List<DeviceCall> gen1(Map<String, JsonNode> values) {
        Map<String, Map<String, String>> byPath = new LinkedHashMap<>();
        values.forEach((field, value) -> gen1Target(field).ifPresent(target ->
                byPath.computeIfAbsent(target.getKey(), p -> new LinkedHashMap<>()).put(target.getValue(), text(value))));
        List<DeviceCall> calls = new ArrayList<>();
        byPath.forEach((path, params) -> calls.add(new DeviceCall.Gen1(path, params)));
        return calls;
    }

    /** The endpoint and setter parameter for a Gen1 field. */
    private static Optional<Map.Entry<String, String>> gen1Target(String field) {
        Matcher channel = GEN1_CHANNEL.matcher(field);
        if (channel.matches()) {
            return Optional.of(Map.entry(GEN1_CHANNEL_PATHS.get(channel.group(1)) + channel.group(2),
                    Gen1SettingNames.toSetterName(channel.group(3))));
        }
        int dot = field.indexOf('.');
        if (dot < 0) {
            return Optional.of(Map.entry("/settings", field));
        }
        String section = field.substring(0, dot);
        String name = field.substring(dot + 1);
        if (name.contains(".")) {
            return Optional.empty();
        }
        if (GEN1_SECTIONS.containsKey(section)) {
            return Optional.of(Map.entry(GEN1_SECTIONS.get(section), Gen1SettingNames.toSetterName(name)));
        }
        return switch (section) {
            case "cloud" -> name.equals("enabled") ? Optional.of(Map.entry("/settings/cloud", "enabled")) : Optional.empty();
            case "mqtt" -> Optional.of(Map.entry("/settings", "mqtt_" + name));
            case "coiot" -> Optional.of(Map.entry("/settings/advanced", "coiot_" + (name.equals("enabled") ? "enable" : name)));
            case "sntp" -> Optional.of(Map.entry("/settings", Gen1SettingNames.toSetterName(field)));
            default -> Optional.empty();
        };
    }

    private static String text(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    private static List<DeviceCall> rpc(Map<String, JsonNode> values) {
        Map<String, ObjectNode> byCall = new LinkedHashMap<>();
        List<DeviceCall> extra = new ArrayList<>();
        values.forEach((field, value) -> rpcTarget(field).ifPresent(target -> {
            String section = field.substring(0, field.indexOf('.') < 0 ? field.length() : field.indexOf('.'));
            if (section.equals("kvs")) {
                ObjectNode params = JsonNodeFactory.instance.objectNode().put("key", field.substring(4));
                params.set("value", value);
                extra.add(new DeviceCall.Rpc("KVS.Set", params));
            } else if (section.startsWith("script-code:")) {
                ObjectNode params = JsonNodeFactory.instance.objectNode()
                        .put("id", Integer.parseInt(section.substring("script-code:".length())))
                        .put("code", value.asString()).put("append", false);
                extra.add(new DeviceCall.Rpc("Script.PutCode", params));
            } else {
                ObjectNode params = byCall.computeIfAbsent(section, s -> newParams(target, s));
                ObjectNode config = (ObjectNode) params.get("config");
                String[] parts = field.substring(section.length() + 1).split("\\.");
                for (int i = 0; i < parts.length - 1; i++) {
                    config = config.has(parts[i]) ? (ObjectNode) config.get(parts[i]) : config.putObject(parts[i]);
                }
                config.set(parts[parts.length - 1], value);
            }
        }));
        List<DeviceCall> calls = new ArrayList<>();
        byCall.forEach((section, params) -> calls.add(new DeviceCall.Rpc(rpcTarget(section + ".x").orElseThrow(), params)));
        calls.addAll(extra);
        return calls;
    }

    private static ObjectNode newParams(String method, String section) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        int colon = section.indexOf(':');
        if (colon > 0) {
            params.put("id", Integer.parseInt(section.substring(colon + 1)));
        }
        params.putObject("config");
        return params;
    }

    /** The method that writes a Gen2+ field. */
    private static Optional<String> rpcTarget(String field) {
        if (field.startsWith("script-code:")) {
            return Optional.of("Script.PutCode");
        }
        int dot = field.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String section = field.substring(0, dot);
        if (section.equals("kvs")) {
            return Optional.of("KVS.Set");
        }
        int colon = section.indexOf(':');
        if (colon > 0) {
            return ComponentType.forKind(section.substring(0, colon)).map(type -> type.method("SetConfig"));
        }
        return Optional.ofNullable(RPC_SERVICES.get(section)).map(service -> service.method("SetConfig"));
    }
}

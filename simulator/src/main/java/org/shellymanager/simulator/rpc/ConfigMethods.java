package org.shellymanager.simulator.rpc;

import java.util.List;
import java.util.Set;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.JsonTrees;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code *.GetConfig}, {@code *.SetConfig} and {@code Shelly.GetComponents}; secrets are kept aside, never echoed. */
final class ConfigMethods {

    /** Components whose config change needs a reboot to take effect. */
    private static final Set<String> RESTART = Set.of("mqtt", "ble", "cloud", "eth", "knx", "matter", "zigbee", "modbus");

    private ConfigMethods() {
    }

    static ObjectNode all(VirtualDevice device) {
        return device.config().deepCopy();
    }

    static ObjectNode get(VirtualDevice device, String key) {
        return (ObjectNode) device.config().get(key).deepCopy();
    }

    /** The config key a call addresses ({@code sys}, or {@code switch:<id>}), null if the device has no such kind. */
    static String key(RpcCall call, String component) {
        ObjectNode config = call.device().config();
        if (config.has(component)) {
            return component;
        }
        boolean kindExists = config.propertyNames().stream().anyMatch(k -> k.startsWith(component + ":"));
        if (!kindExists) {
            return null;
        }
        int id = call.id();
        String key = component + ":" + id;
        if (!config.has(key)) {
            throw RpcException.notFound("Bad id=" + id);
        }
        return key;
    }

    static JsonNode set(RpcCall call, String component, String key) {
        if (component.equals("wifi")) {
            return setWifi(call);
        }
        ObjectNode patch = patch(call);
        VirtualDevice device = call.device();
        refuseIfTold(device, key, patch);
        if (patch.has("pass")) {
            device.secrets().put(key + ".pass", patch.path("pass").asString(""));
            patch.remove("pass");
        }
        JsonTrees.merge((ObjectNode) device.config().get(key), patch, false);
        boolean restart = RESTART.contains(component);
        device.configChanged(restart);
        return Yaml.MAPPER.createObjectNode().put("restart_required", restart);
    }

    static JsonNode setWifi(RpcCall call) {
        ObjectNode patch = patch(call);
        VirtualDevice device = call.device();
        refuseIfTold(device, "wifi", patch);
        for (String section : List.of("sta", "sta1", "ap")) {
            if (patch.get(section) instanceof ObjectNode part && part.has("pass")) {
                device.secrets().put("wifi." + section + ".pass", part.path("pass").asString(""));
                part.remove("pass");
                if (!section.equals("ap")) {
                    part.put("is_open", false);
                }
            }
        }
        ObjectNode wifi = (ObjectNode) device.config().get("wifi");
        JsonTrees.merge(wifi, patch, false);
        device.configChanged(false);
        JsonNode sta = wifi.path("sta");
        if (!device.network().provisioned() && sta.path("enable").asBoolean() && !sta.path("ssid").isNull()) {
            device.lifecycle().joinLan();
        }
        if (patch.path("ap").has("enable") && !wifi.path("ap").path("enable").asBoolean()) {
            device.lifecycle().apOff();
        }
        return Yaml.MAPPER.createObjectNode().put("restart_required", false);
    }

    static JsonNode components(RpcCall call) {
        VirtualDevice device = call.device();
        ObjectNode params = call.params();
        List<String> include = params.path("include").isArray()
                ? params.path("include").valueStream().map(JsonNode::asString).toList() : List.of();
        List<String> keys = params.path("keys").isArray()
                ? params.path("keys").valueStream().map(JsonNode::asString).toList() : null;
        boolean dynamicOnly = params.path("dynamic_only").asBoolean(false);
        int offset = params.path("offset").asInt(0);
        ObjectNode status = RpcStatus.all(device);
        ObjectNode config = device.config();
        List<String> selected = dynamicOnly ? List.of() : config.propertyNames().stream()
                .filter(k -> keys == null || keys.contains(k)).toList();
        ObjectNode result = Yaml.MAPPER.createObjectNode();
        ArrayNode components = result.putArray("components");
        for (String key : selected.subList(Math.min(offset, selected.size()), selected.size())) {
            ObjectNode component = components.addObject().put("key", key);
            if (include.contains("status")) {
                component.set("status", status.path(key).deepCopy());
            }
            if (include.contains("config")) {
                component.set("config", config.get(key).deepCopy());
            }
        }
        result.put("cfg_rev", device.cfgRev()).put("offset", offset).put("total", selected.size());
        return result;
    }

    /** The {@link Fault.RejectConfig} fault: the whole call is refused before anything changes. */
    private static void refuseIfTold(VirtualDevice device, String key, ObjectNode patch) {
        device.faults().find(Fault.RejectConfig.class)
                .filter(reject -> reject.field().startsWith(key + ".") && patch.has(reject.field().substring(key.length() + 1)))
                .ifPresent(reject -> {
                    throw RpcException.invalid("Invalid argument '" + reject.field().substring(key.length() + 1) + "'");
                });
    }

    private static ObjectNode patch(RpcCall call) {
        if (!(call.params().get("config") instanceof ObjectNode config)) {
            throw RpcException.invalid("Missing required 'config'");
        }
        return config.deepCopy();
    }
}

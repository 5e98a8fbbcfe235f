package org.shellymanager.simulator.rpc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.shellymanager.simulator.core.DeviceEvent;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.FirmwareIds;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Gen2+ methods, looked up case-insensitively. Per-component {@code GetStatus}, {@code GetConfig} and
 * {@code SetConfig} work for every component the device has; the rest are listed here.
 */
final class RpcMethods {

    private static final Map<String, Function<RpcCall, JsonNode>> METHODS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        METHODS.put("Shelly.GetDeviceInfo", call -> DeviceInfo.of(call.device()));
        METHODS.put("Shelly.GetStatus", call -> RpcStatus.all(call.device()));
        METHODS.put("Shelly.GetConfig", call -> ConfigMethods.all(call.device()));
        METHODS.put("Shelly.GetComponents", ConfigMethods::components);
        METHODS.put("Shelly.ListMethods", RpcMethods::listMethods);
        METHODS.put("Shelly.CheckForUpdate", RpcMethods::checkForUpdate);
        METHODS.put("Shelly.Update", RpcMethods::update);
        METHODS.put("Shelly.Reboot", call -> {
            call.device().lifecycle().reboot();
            return NullNode.getInstance();
        });
        METHODS.put("Shelly.SetAuth", RpcMethods::setAuth);
        METHODS.put("Shelly.ListProfiles", RpcMethods::listProfiles);
        METHODS.put("Shelly.SetProfile", RpcMethods::setProfile);
        METHODS.put("Sys.GetStatus", call -> RpcStatus.sys(call.device()));
        METHODS.put("WiFi.GetStatus", call -> RpcStatus.wifi(call.device()));
        METHODS.put("WiFi.SetConfig", ConfigMethods::setWifi);
        METHODS.put("WiFi.Scan", call -> {
            ObjectNode result = Yaml.MAPPER.createObjectNode();
            result.putArray("results").addObject().put("ssid", "Simulated-LAN").put("bssid", "aa:bb:cc:00:00:01")
                    .put("auth", 3).put("channel", 6).put("rssi", -55);
            return result;
        });
        METHODS.put("WiFi.ListAPClients", call -> {
            ObjectNode result = Yaml.MAPPER.createObjectNode().put("ts", call.now() / 1000);
            result.putArray("ap_clients");
            return result;
        });
        METHODS.put("Shelly.FactoryReset", call -> {
            call.device().lifecycle().factoryReset();
            return NullNode.getInstance();
        });
        ComponentMethods.register(METHODS);
        LightMethods.register(METHODS);
        ScriptMethods.register(METHODS);
        ScheduleMethods.register(METHODS);
        WebhookMethods.register(METHODS);
        KvsMethods.register(METHODS);
    }

    private RpcMethods() {
    }

    /** Methods answered without credentials even when auth is on. */
    static boolean open(String method) {
        return method.equalsIgnoreCase("Shelly.GetDeviceInfo") || method.equalsIgnoreCase("WiFi.ListAPClients");
    }

    static JsonNode call(String method, RpcCall call) {
        Function<RpcCall, JsonNode> handler = METHODS.get(method);
        if (handler != null) {
            return handler.apply(call);
        }
        int dot = method.indexOf('.');
        if (dot > 0) {
            String component = method.substring(0, dot).toLowerCase(Locale.ROOT);
            String action = method.substring(dot + 1).toLowerCase(Locale.ROOT);
            String key = ConfigMethods.key(call, component);
            if (key != null) {
                switch (action) {
                    case "getstatus" -> {
                        ObjectNode status = RpcStatus.of(call.device(), key);
                        if (status != null) {
                            return status;
                        }
                    }
                    case "getconfig" -> {
                        return ConfigMethods.get(call.device(), key);
                    }
                    case "setconfig" -> {
                        return ConfigMethods.set(call, component, key);
                    }
                    default -> { }
                }
            }
        }
        throw new RpcException(404, "No handler for " + method);
    }

    private static JsonNode listMethods(RpcCall call) {
        ObjectNode result = Yaml.MAPPER.createObjectNode();
        ArrayNode methods = result.putArray("methods");
        METHODS.keySet().forEach(methods::add);
        for (String key : ConfigMethods.all(call.device()).propertyNames()) {
            String kind = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
            String name = kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
            for (String action : List.of("GetStatus", "GetConfig", "SetConfig")) {
                if (!METHODS.containsKey(name + "." + action)) {
                    methods.add(name + "." + action);
                }
            }
        }
        return result;
    }

    private static JsonNode checkForUpdate(RpcCall call) {
        ObjectNode result = Yaml.MAPPER.createObjectNode();
        for (String stage : List.of("stable", "beta")) {
            String offered = call.device().lifecycle().offered(stage);
            if (offered != null) {
                result.putObject(stage).put("version", FirmwareIds.version(offered)).put("build_id", offered);
            }
        }
        return result;
    }

    private static JsonNode update(RpcCall call) {
        String url = call.params().path("url").asString(null);
        if (url != null) {
            if (!call.device().lifecycle().updateFrom(url)) {
                throw new RpcException(-109, "Update already in progress");
            }
            return NullNode.getInstance();
        }
        String stage = call.params().path("stage").asString("stable");
        if (!stage.equals("stable") && !stage.equals("beta")) {
            throw RpcException.invalid("Invalid stage: " + stage);
        }
        if (!call.device().lifecycle().update(stage)) {
            throw new RpcException(-109, "No update available for stage " + stage);
        }
        return NullNode.getInstance();
    }

    private static JsonNode setAuth(RpcCall call) {
        VirtualDevice device = call.device();
        if (!"admin".equals(call.params().path("user").asString(null))) {
            throw RpcException.invalid("user must be admin");
        }
        if (!device.id().equals(call.params().path("realm").asString(null))) {
            throw RpcException.invalid("realm must be " + device.id());
        }
        JsonNode ha1 = call.params().get("ha1");
        device.digest().ha1(ha1 == null || ha1.isNull() ? null : ha1.asString());
        device.configChanged(false);
        return NullNode.getInstance();
    }

    private static JsonNode listProfiles(RpcCall call) {
        ObjectNode result = Yaml.MAPPER.createObjectNode();
        ObjectNode profiles = result.putObject("profiles");
        call.device().model().profiles().forEach((name, groups) -> {
            ObjectNode profile = profiles.putObject(name);
            groups.forEach(g -> profile.putArray("components").addObject().put("type", g.kind())
                    .put("count", g.count()));
        });
        return result;
    }

    private static JsonNode setProfile(RpcCall call) {
        String name = call.params().path("name").asString(null);
        VirtualDevice device = call.device();
        if (name == null || !device.model().profiles().containsKey(name)) {
            throw RpcException.invalid("Invalid profile: " + name);
        }
        String was = device.profile();
        if (!name.equals(was)) {
            device.switchProfile(name);
            device.lifecycle().reboot();
        }
        return Yaml.MAPPER.createObjectNode().put("profile_was", was);
    }

    static void changed(VirtualDevice device, String... keys) {
        device.emit(new DeviceEvent.StatusChanged(List.of(keys)));
    }
}

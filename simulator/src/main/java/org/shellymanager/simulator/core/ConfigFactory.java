package org.shellymanager.simulator.core;

import java.util.List;
import java.util.Map;
import org.shellymanager.simulator.model.ComponentSpec;
import org.shellymanager.simulator.model.ModelSpec;
import org.shellymanager.simulator.model.Templates;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds a device's factory configuration from its model and the generation's templates. */
final class ConfigFactory {

    static final String LAN_SSID = "Simulated-LAN";

    private ConfigFactory() {
    }

    /** Gen2+: the whole {@code Shelly.GetConfig} object. */
    static ObjectNode rpc(ModelSpec model, String profile, Map<String, String> values, String name, boolean provisioned) {
        ObjectNode config = Yaml.MAPPER.createObjectNode();
        ObjectNode sys = Templates.rpcConfig(model, "sys", values);
        ((ObjectNode) sys.path("device")).put("name", name);
        if (model.hasProfiles()) {
            ((ObjectNode) sys.path("device")).put("profile", profile);
        }
        config.set("sys", sys);
        for (String service : model.services()) {
            config.set(service, Templates.rpcConfig(model, service, values));
        }
        ObjectNode wifi = Templates.rpcConfig(model, "wifi", values);
        if (provisioned) {
            ((ObjectNode) wifi.path("sta")).put("ssid", LAN_SSID).put("enable", true);
        } else {
            ((ObjectNode) wifi.path("ap")).put("enable", true);
        }
        config.set("wifi", wifi);
        components(config, model, profile, values);
        return config;
    }

    /** Replaces the profile-dependent component keys (after a profile change). */
    static void components(ObjectNode config, ModelSpec model, String profile, Map<String, String> values) {
        for (ComponentSpec group : allGroups(model)) {
            for (int id = 0; id < 8; id++) {
                config.remove(group.kind() + ":" + id);
                config.remove(group.kind() + "data:" + id);
            }
        }
        for (ComponentSpec group : model.components(profile)) {
            for (int id = 0; id < group.count(); id++) {
                ObjectNode component = Templates.rpcConfig(model, group.kind(), values);
                if (group.kind().equals("switch") && group.metered()) {
                    Templates.rpcConfig(model, "switch_metering", values).properties()
                            .forEach(e -> {
                                if (!component.has(e.getKey())
                                        && !model.drop().getOrDefault("switch", List.of()).contains(e.getKey())) {
                                    component.set(e.getKey(), e.getValue());
                                }
                            });
                }
                component.put("id", id);
                config.set(group.kind() + ":" + id, component);
                if (group.kind().equals("em") || group.kind().equals("em1")) {
                    config.set(group.kind() + "data:" + id, Templates.rpcConfig(model, group.kind() + "data", values));
                }
            }
        }
    }

    /** Gen1: the {@code /settings} object with its per-channel arrays. */
    static ObjectNode gen1(ModelSpec model, String profile, Map<String, String> values, String name,
            String user, boolean login, boolean provisioned) {
        ObjectNode settings = Templates.gen1Settings(model, values);
        settings.put("name", name);
        ((ObjectNode) settings.path("login")).put("enabled", login).put("username", user);
        if (!provisioned) {
            ((ObjectNode) settings.path("wifi_ap")).put("enabled", true);
            ((ObjectNode) settings.path("wifi_sta")).put("enabled", false).putNull("ssid");
        }
        if (model.hasProfiles()) {
            settings.put("mode", profile);
        }
        gen1Channels(settings, model, profile);
        return settings;
    }

    static void gen1Channels(ObjectNode settings, ModelSpec model, String profile) {
        List.of("relays", "rollers", "lights", "emeters", "inputs").forEach(settings::remove);
        List<ComponentSpec> groups = model.components(profile);
        boolean hasOutputs = groups.stream().anyMatch(g -> !g.kind().equals("input") && !g.kind().equals("sensor"));
        ObjectNode device = (ObjectNode) settings.path("device");
        for (ComponentSpec group : groups) {
            String array = switch (group.kind()) {
                case "relay" -> "relays";
                case "roller" -> "rollers";
                case "light", "white", "color" -> "lights";
                case "emeter" -> "emeters";
                case "input" -> hasOutputs ? null : "inputs";
                default -> null;
            };
            if (array == null) {
                continue;
            }
            ArrayNode channels = settings.has(array) ? (ArrayNode) settings.get(array) : settings.putArray(array);
            for (int i = 0; i < group.count(); i++) {
                channels.add(Templates.gen1Channel(model, group.kind()));
            }
        }
        Gen1Counts counts = Gen1Counts.of(model, profile);
        device.put("num_outputs", counts.outputs());
        if (counts.meters() > 0) {
            device.put("num_meters", counts.meters());
        }
        if (counts.emeters() > 0) {
            device.put("num_emeters", counts.emeters());
        }
        if (counts.rollers() > 0) {
            device.put("num_rollers", counts.rollers());
        }
    }

    private static List<ComponentSpec> allGroups(ModelSpec model) {
        return model.profiles().values().stream().flatMap(List::stream).toList();
    }
}

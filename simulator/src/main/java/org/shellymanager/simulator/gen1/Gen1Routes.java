package org.shellymanager.simulator.gen1;

import java.util.Map;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.state.Channel;
import org.shellymanager.simulator.state.CoverChannel;
import org.shellymanager.simulator.state.LightChannel;
import org.shellymanager.simulator.state.MeterChannel;
import org.shellymanager.simulator.state.SwitchChannel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Gen1 endpoints behind auth. Returns null for paths the device does not have (404). */
final class Gen1Routes {

    private static final Map<String, String> STA_RENAMES = Map.of("netmask", "mask", "gateway", "gw");
    private static final Map<String, String> ROLLER_RENAMES = Map.of("btn_type", "button_type");

    private final VirtualDevice device;

    Gen1Routes(VirtualDevice device) {
        this.device = device;
    }

    JsonNode route(String path, Map<String, String> params) {
        String[] parts = path.substring(1).split("/");
        long now = device.nowMs();
        return switch (parts[0]) {
            case "status" -> Gen1Json.status(device);
            case "settings" -> parts.length == 1 ? settings(params) : section(parts, params);
            case "relay" -> channel(parts, "relay", SwitchChannel.class)
                    .map(sw -> relay(sw, params, now)).orElse(null);
            case "roller" -> channel(parts, "roller", CoverChannel.class)
                    .map(cover -> roller(cover, params, now)).orElse(null);
            case "light", "white", "color" -> light(parts, params, now);
            case "meter" -> meter(parts, now);
            case "emeter" -> channel(parts, "emeter", MeterChannel.class)
                    .map(m -> (JsonNode) Gen1Json.emeter(m, now)).orElse(null);
            case "ota" -> ota(parts, params);
            case "reboot" -> {
                device.lifecycle().reboot();
                yield Yaml.MAPPER.createObjectNode().put("ok", true);
            }
            default -> null;
        };
    }

    private JsonNode settings(Map<String, String> params) {
        ObjectNode config = device.config();
        boolean changed = Gen1Settings.applyTop(config, params, device.secrets());
        String mode = params.get("mode");
        if (mode != null && device.model().profiles().containsKey(mode) && !mode.equals(device.profile())) {
            device.switchProfile(mode);
        } else if (changed) {
            device.configChanged(false);
        }
        return Gen1View.settings(device);
    }

    private JsonNode section(String[] parts, Map<String, String> params) {
        ObjectNode config = device.config();
        String section = parts[1];
        return switch (section) {
            case "sta", "sta1" -> {
                ObjectNode sta = (ObjectNode) config.path("wifi_" + section);
                if (params.containsKey("key")) {
                    device.secrets().put("wifi_" + section + ".key", params.get("key"));
                }
                if (Gen1Settings.apply(sta, params, STA_RENAMES)) {
                    device.configChanged(false);
                }
                if (section.equals("sta") && !device.network().provisioned() && sta.path("enabled").asBoolean()
                        && !sta.path("ssid").isNull()) {
                    device.lifecycle().joinLan();
                }
                yield sta.deepCopy();
            }
            case "ap" -> {
                ObjectNode ap = (ObjectNode) config.path("wifi_ap");
                if (params.containsKey("key")) {
                    device.secrets().put("wifi_ap.key", params.get("key"));
                }
                Gen1Settings.apply(ap, params, Map.of("key", "_ignored"));
                yield ap.deepCopy().put("key", "");
            }
            case "login" -> {
                boolean enabled = Gen1Settings.truthy(params.getOrDefault("enabled",
                        String.valueOf(config.path("login").path("enabled").asBoolean())));
                String user = params.getOrDefault("username", device.gen1User());
                String password = params.getOrDefault("password", device.gen1Password());
                device.gen1Login(enabled && password != null, user, password);
                Gen1Settings.apply((ObjectNode) config.path("login"), Map.of("unprotected",
                        params.getOrDefault("unprotected", "false")), Map.of());
                device.configChanged(false);
                yield config.path("login").deepCopy();
            }
            case "cloud" -> {
                Gen1Settings.apply((ObjectNode) config.path("cloud"), params, Map.of());
                yield config.path("cloud").deepCopy();
            }
            case "advanced" -> {
                Gen1Settings.applyTop(config, params, device.secrets());
                yield Gen1View.settings(device);
            }
            case "relay", "roller", "light", "color", "white", "emeter" -> channelSettings(parts, params);
            default -> null;
        };
    }

    private JsonNode channelSettings(String[] parts, Map<String, String> params) {
        String array = switch (parts[1]) {
            case "relay" -> "relays";
            case "roller" -> "rollers";
            case "emeter" -> "emeters";
            default -> "lights";
        };
        int index = parts.length > 2 ? parseIndex(parts[2]) : 0;
        JsonNode channel = device.config().path(array).path(index);
        if (!(channel instanceof ObjectNode settings)) {
            return null;
        }
        if (Gen1Settings.apply(settings, params, parts[1].equals("roller") ? ROLLER_RENAMES : Map.of())) {
            device.configChanged(false);
        }
        return Gen1View.channelSettings(device, array, index);
    }

    private JsonNode relay(SwitchChannel sw, Map<String, String> params, long now) {
        String turn = params.get("turn");
        if (turn != null) {
            boolean on = turn.equals("toggle") ? !sw.output(now) : turn.equals("on");
            double timer = Double.parseDouble(params.getOrDefault("timer", "0"));
            sw.set(now, on, "http", timer);
        }
        return Gen1Json.relay(sw, now);
    }

    private JsonNode roller(CoverChannel cover, Map<String, String> params, long now) {
        String go = params.getOrDefault("go", "");
        switch (go) {
            case "open" -> cover.moveTo(now, 100, "http");
            case "close" -> cover.moveTo(now, 0, "http");
            case "stop" -> cover.stop(now, "http");
            case "to_pos" -> cover.moveTo(now, Integer.parseInt(params.getOrDefault("roller_pos", "0")), "http");
            default -> { }
        }
        return Gen1Json.roller(cover, now);
    }

    private JsonNode light(String[] parts, Map<String, String> params, long now) {
        Channel found = parts.length < 2 ? null
                : device.state().channels().stream()
                        .filter(c -> c instanceof LightChannel && c.id() == parseIndex(parts[1])).findFirst().orElse(null);
        if (!(found instanceof LightChannel light)) {
            return null;
        }
        String turn = params.get("turn");
        if (turn != null) {
            light.set(now, turn.equals("toggle") ? !light.on() : turn.equals("on"), "http");
        }
        if (params.containsKey("brightness")) {
            light.brightness(now, Integer.parseInt(params.get("brightness")));
        }
        if (light.kind().equals("color") && params.keySet().stream()
                .anyMatch(k -> k.equals("red") || k.equals("green") || k.equals("blue") || k.equals("white")
                        || k.equals("gain"))) {
            int[] rgbw = light.rgbw();
            light.color(now, number(params, "red", rgbw[0]), number(params, "green", rgbw[1]),
                    number(params, "blue", rgbw[2]), number(params, "white", rgbw[3]),
                    number(params, "gain", light.gain()));
        }
        return Gen1Json.light(light, device.profile(), now);
    }

    private JsonNode meter(String[] parts, long now) {
        ObjectNode status = Gen1Json.status(device);
        JsonNode meter = status.path("meters").path(parts.length > 1 ? parseIndex(parts[1]) : 0);
        return meter.isMissingNode() ? null : meter;
    }

    private JsonNode ota(String[] parts, Map<String, String> params) {
        if (parts.length > 1 && parts[1].equals("check")) {
            return Yaml.MAPPER.createObjectNode().put("status", "ok");
        }
        if (params.containsKey("url")) {
            device.lifecycle().updateFrom(params.get("url"));
        } else if (Gen1Settings.truthy(params.getOrDefault("update", "false"))) {
            device.lifecycle().update("stable");
        } else if (Gen1Settings.truthy(params.getOrDefault("beta", "false"))) {
            device.lifecycle().update("beta");
        }
        return Gen1Ota.state(device);
    }

    private <C extends Channel> java.util.Optional<C> channel(String[] parts, String kind, Class<C> type) {
        int index = parts.length > 1 ? parseIndex(parts[1]) : 0;
        return device.state().find(kind, index).filter(type::isInstance).map(type::cast);
    }

    private static int number(Map<String, String> params, String key, int fallback) {
        try {
            return params.containsKey(key) ? Integer.parseInt(params.get(key)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

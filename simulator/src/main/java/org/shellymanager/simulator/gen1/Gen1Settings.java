package org.shellymanager.simulator.gen1;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies Gen1 setter parameters. Setter names differ from getter names ({@code mqtt_enable} sets
 * {@code mqtt.enable}, {@code sntp_server} sets {@code sntp.server}, {@code netmask} sets {@code mask}); unknown
 * parameters are ignored silently, as devices do. Values are coerced to the type already in the settings.
 */
final class Gen1Settings {

    private Gen1Settings() {
    }

    /** Top-level {@code /settings} parameters. Returns whether anything changed. */
    static boolean applyTop(ObjectNode settings, Map<String, String> params, Map<String, String> secrets) {
        boolean changed = false;
        for (Map.Entry<String, String> param : params.entrySet()) {
            String key = param.getKey();
            String value = param.getValue();
            if (key.equals("mqtt_pass")) {
                secrets.put("mqtt.pass", value);
                changed = true;
            } else if (key.startsWith("mqtt_")) {
                changed |= set((ObjectNode) settings.path("mqtt"), key.substring(5), value);
            } else if (key.startsWith("coiot_")) {
                String field = key.substring(6);
                changed |= set((ObjectNode) settings.path("coiot"), field.equals("enable") ? "enabled" : field, value);
            } else if (key.equals("sntp_server")) {
                changed |= set((ObjectNode) settings.path("sntp"), "server", value);
            } else if (key.startsWith("ap_roaming_")) {
                changed |= set((ObjectNode) settings.path("ap_roaming"), key.substring(11), value);
            } else if (!key.equals("mode") && !(settings.get(key) instanceof ObjectNode)) {
                changed |= set(settings, key, value);
            }
        }
        return changed;
    }

    /** A channel's or section's parameters, with the setter-to-getter renames applied. */
    static boolean apply(ObjectNode target, Map<String, String> params, Map<String, String> renames) {
        boolean changed = false;
        for (Map.Entry<String, String> param : params.entrySet()) {
            changed |= set(target, renames.getOrDefault(param.getKey(), param.getKey()), param.getValue());
        }
        return changed;
    }

    /** Sets an existing field, coerced to its present type; absent fields are ignored. */
    static boolean set(ObjectNode target, String field, String value) {
        JsonNode existing = target.get(field);
        if (existing == null) {
            return false;
        }
        if (existing.isBoolean()) {
            target.put(field, truthy(value));
        } else if (existing.isIntegralNumber()) {
            try {
                target.put(field, Long.parseLong(value));
            } catch (NumberFormatException e) {
                return false;
            }
        } else if (existing.isNumber()) {
            try {
                target.put(field, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                return false;
            }
        } else if (value.isEmpty() && existing.isNull()) {
            return false;
        } else {
            target.put(field, value);
        }
        return true;
    }

    static boolean truthy(String value) {
        return value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("on");
    }
}

package org.shellymanager.manager.config;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What one device should look like: each real field with its value and the layer it came from, and every
 * setting that could not be applied to this device with the reason; the scripts, schedule jobs and webhooks it
 * should have. Write-only values are held in {@code secrets} (by field) and never shown.
 */
record DesiredState(String deviceId, List<Value> values, List<ItemSet> items, List<Problem> problems,
                    Map<String, String> secrets) {

    /**
     * @param setting the neutral setting ({@code mqtt.server}), or the field itself when restoring a snapshot
     * @param field   the device's field ({@code mqtt.server}, {@code relays.0.default_state})
     * @param value   the value; for a write-only field the reference {@code {"secret": name}}
     * @param origin  {@code defaults}, {@code template:<name>}, {@code override} or {@code snapshot:<version>}
     */
    record Value(String setting, String field, JsonNode value, boolean secret, String origin) {
    }

    /** A setting that does not reach this device, and why. */
    record Problem(String setting, String origin, String message) {
    }

    DesiredState {
        values = List.copyOf(values);
        items = List.copyOf(items);
        problems = List.copyOf(problems);
        secrets = Map.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "DesiredState[" + deviceId + ", " + values.size() + " values, " + items.size() + " item lists, " + problems.size() + " problems, secrets=****]";
    }
}

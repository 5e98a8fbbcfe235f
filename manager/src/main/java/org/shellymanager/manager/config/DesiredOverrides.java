package org.shellymanager.manager.config;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * One device's own layer of its desired configuration, as other features carry it (the per-device export files):
 * the settings that win over every template, in the nested form the template API uses and with write-only values
 * as references {@code {"secret": "<name>"}} (never their plain values), and the values of its {@code ${var.<key>}}
 * variables, sorted by key.
 */
public record DesiredOverrides(JsonNode settings, Map<String, String> variables) {

    public DesiredOverrides {
        if (settings == null || !settings.isObject()) {
            throw new IllegalArgumentException("desired overrides need their settings as an object");
        }
        variables = Collections.unmodifiableMap(new TreeMap<>(variables));
    }

    public boolean isEmpty() {
        return settings.isEmpty() && variables.isEmpty();
    }
}

package org.shellymanager.manager.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * One device's own layer: settings that win over every template, and the values of its {@code ${var.<key>}}
 * variables.
 */
record DeviceOverrides(TemplateSettings settings, Map<String, String> variables) {

    static final DeviceOverrides NONE = new DeviceOverrides(TemplateSettings.EMPTY, Map.of());

    DeviceOverrides {
        variables = java.util.Collections.unmodifiableMap(new TreeMap<>(variables));
    }
}

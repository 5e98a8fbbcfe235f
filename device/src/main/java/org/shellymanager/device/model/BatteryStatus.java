package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/**
 * Battery of a battery-powered device (Gen2+ {@code devicepower}, Gen1 {@code bat}).
 *
 * @param externalPower true when on external power or charging, null when unknown
 */
public record BatteryStatus(String key, int id, Integer percent, Double voltageV, Boolean externalPower, JsonNode raw)
        implements Component {
}

package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/** A light sensor: {@code lux}, and the device's own level name ({@code dark}, {@code twilight}, {@code bright}) if any. */
public record IlluminanceSensor(String key, int id, Double lux, String level, JsonNode raw) implements Component {
}

package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/** A temperature reading in °C (device-internal or external probe); null when the sensor has no valid value. */
public record TemperatureSensor(String key, int id, Double celsius, JsonNode raw) implements Component {
}

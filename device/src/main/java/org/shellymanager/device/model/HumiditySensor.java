package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/** A relative-humidity reading in percent. */
public record HumiditySensor(String key, int id, Double relativeHumidityPercent, JsonNode raw) implements Component {
}

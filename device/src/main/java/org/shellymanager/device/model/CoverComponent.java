package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/**
 * A roller shutter or cover (Gen1 roller, Gen2+ cover).
 *
 * @param state           {@code open}, {@code closed}, {@code opening}, {@code closing}, {@code stopped}, {@code calibrating} ...
 * @param positionPercent 0 closed ... 100 open, or null when not calibrated
 */
public record CoverComponent(String key, int id, String state, Integer positionPercent, String lastDirection,
                             String source, Double temperatureC, Metering metering, JsonNode raw) implements Component {
}

package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/**
 * An on/off output: a Gen1 relay or a Gen2+ switch (also the Pro 1CB breaker {@code cb}).
 *
 * @param source       what last changed it ({@code http}, {@code button}, {@code init} ...), or null
 * @param temperatureC the output's own temperature sensor, or null
 * @param metering     readings of the built-in meter, or null when the switch has none in its status
 */
public record SwitchComponent(String key, int id, boolean on, String source, Double temperatureC, Metering metering,
                              JsonNode raw) implements Component {
}

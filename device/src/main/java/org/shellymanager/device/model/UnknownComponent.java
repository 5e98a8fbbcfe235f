package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/** A part this library has no record for (newer firmware, rare models); kept as it came. */
public record UnknownComponent(String key, JsonNode raw) implements Component {
}

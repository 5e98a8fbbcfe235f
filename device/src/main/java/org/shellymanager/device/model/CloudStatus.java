package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/** Shelly cloud connection; {@code enabled} is only reported by Gen1 (null otherwise). */
public record CloudStatus(String key, boolean connected, Boolean enabled, JsonNode raw) implements Component {
}

package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/** The Bluetooth component; current firmware reports no fields, so everything is in {@code raw}. */
public record BleStatus(String key, JsonNode raw) implements Component {
}

package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/** Whether the device is connected to its MQTT broker. */
public record MqttStatus(String key, boolean connected, JsonNode raw) implements Component {
}

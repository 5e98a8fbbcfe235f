package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/** The wired link of Pro devices; {@code ip} is null while unplugged. */
public record EthernetStatus(String key, String ip, JsonNode raw) implements Component {
}

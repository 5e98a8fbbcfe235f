package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/**
 * A switch or button input.
 *
 * @param state      the input level, or null for a button-type input
 * @param lastEvent  the last button event ({@code S}, {@code L}, {@code single_push} ...), or null
 * @param eventCount Gen1 event counter, or null
 */
public record InputComponent(String key, int id, Boolean state, String lastEvent, Integer eventCount, JsonNode raw)
        implements Component {
}

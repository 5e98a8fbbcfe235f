package org.shellymanager.manager.config;

import tools.jackson.databind.JsonNode;

/**
 * One field that differs between two configurations; {@code before} or {@code after} is null when the field
 * is absent on that side.
 */
public record FieldChange(String field, JsonNode before, JsonNode after) {

    public FieldChange {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("a change needs a field");
        }
    }
}

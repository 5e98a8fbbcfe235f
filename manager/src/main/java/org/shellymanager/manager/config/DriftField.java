package org.shellymanager.manager.config;

import tools.jackson.databind.JsonNode;

/**
 * One field where the device differs from its desired state. For a write-only field both values are shown as
 * text: the secret's reference, and whether the manager set it.
 */
public record DriftField(String field, String setting, JsonNode desired, JsonNode actual, String origin) {
}

package org.shellymanager.simulator.model;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The one YAML reader of the module (model files, templates, fleet files). */
public final class Yaml {

    public static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private Yaml() {
    }

    public static JsonNode read(String text) {
        return MAPPER.readTree(text);
    }
}

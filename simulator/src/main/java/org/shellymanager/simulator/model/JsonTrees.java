package org.shellymanager.simulator.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Small operations on JSON trees: deep merge and placeholder filling. */
public final class JsonTrees {

    private JsonTrees() {
    }

    /**
     * Merges {@code patch} into {@code target}. Objects merge key by key; other values replace. With
     * {@code addKeys} false, keys the target does not have are ignored, as devices ignore unknown config keys.
     */
    public static void merge(ObjectNode target, ObjectNode patch, boolean addKeys) {
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            JsonNode existing = target.get(key);
            if (existing == null && !addKeys) {
                continue;
            }
            if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject) {
                merge(existingObject, valueObject, addKeys);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    /** Replaces {@code ${NAME}} inside string values. */
    public static void fill(JsonNode node, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                if (entry.getValue().isString()) {
                    object.put(entry.getKey(), substitute(entry.getValue().asString(), values));
                } else {
                    fill(entry.getValue(), values);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString()) {
                    array.set(i, StringNode.valueOf(substitute(array.get(i).asString(), values)));
                } else {
                    fill(array.get(i), values);
                }
            }
        }
    }

    private static String substitute(String text, Map<String, String> values) {
        if (!text.contains("${")) {
            return text;
        }
        String result = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("${" + value.getKey() + "}", value.getValue());
        }
        return result;
    }
}

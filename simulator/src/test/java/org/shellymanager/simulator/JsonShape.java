package org.shellymanager.simulator;

import java.util.Map;
import java.util.TreeSet;
import java.util.SortedSet;
import tools.jackson.databind.JsonNode;

/** The structure of a JSON document as {@code path:type} lines; array elements collapse to {@code []}. */
final class JsonShape {

    private JsonShape() {
    }

    static SortedSet<String> of(JsonNode node) {
        SortedSet<String> shape = new TreeSet<>();
        walk(node, "$", shape);
        return shape;
    }

    private static void walk(JsonNode node, String path, SortedSet<String> shape) {
        shape.add(path + ":" + type(node));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                walk(entry.getValue(), path + "." + entry.getKey(), shape);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                walk(element, path + "[]", shape);
            }
        }
    }

    private static String type(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isString()) {
            return "string";
        }
        return "null";
    }
}

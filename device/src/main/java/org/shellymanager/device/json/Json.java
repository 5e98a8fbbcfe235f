package org.shellymanager.device.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The library's one JSON mapper and tolerant readers for wire values that may be absent, null or oddly typed. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** Parses a device reply; returns null when it is not JSON, so callers can raise their own typed error. */
    public static JsonNode parseOrNull(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            return null;
        }
    }

    public static JsonNode parseOrNull(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** A number (or numeric string) as Double, or null. */
    public static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isString()) {
            try {
                return Double.parseDouble(value.stringValue());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static Integer integer(JsonNode node, String field) {
        Double value = number(node, field);
        return value == null ? null : (int) Math.round(value);
    }

    public static Long longValue(JsonNode node, String field) {
        Double value = number(node, field);
        return value == null ? null : Math.round(value);
    }

    /** A boolean, also from 0/1 or "true"/"false"; null when absent. */
    public static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isString() && ("true".equalsIgnoreCase(value.stringValue()) || "false".equalsIgnoreCase(value.stringValue()))) {
            return Boolean.parseBoolean(value.stringValue());
        }
        return null;
    }

    public static boolean flag(JsonNode node, String field) {
        return Boolean.TRUE.equals(bool(node, field));
    }

    /** A string, or null when absent or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    public static List<Double> numbers(JsonNode node, String field) {
        List<Double> values = new ArrayList<>();
        for (JsonNode item : node.path(field)) {
            if (item.isNumber()) {
                values.add(item.doubleValue());
            }
        }
        return List.copyOf(values);
    }
}

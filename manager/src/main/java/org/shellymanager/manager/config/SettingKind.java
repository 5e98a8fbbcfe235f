package org.shellymanager.manager.config;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** The type of a template setting's value, checked when a template is saved. */
sealed interface SettingKind {

    /** Null when the value fits, else what is wrong with it. */
    String check(JsonNode value);

    record Text() implements SettingKind {
        public String check(JsonNode value) {
            return value.isString() ? null : "must be a string";
        }
    }

    record Flag() implements SettingKind {
        public String check(JsonNode value) {
            return value.isBoolean() ? null : "must be true or false";
        }
    }

    record Number(double min, double max) implements SettingKind {
        public String check(JsonNode value) {
            return value.isNumber() && value.asDouble() >= min && value.asDouble() <= max ? null
                    : "must be a number from " + min + " to " + max;
        }
    }

    record Choice(List<String> values) implements SettingKind {
        public String check(JsonNode value) {
            return value.isString() && values.contains(value.stringValue()) ? null : "must be one of " + values;
        }
    }

    /** A write-only value; templates give it as a reference to a stored secret: {@code {"secret": "name"}}. */
    record Secret() implements SettingKind {
        public String check(JsonNode value) {
            return value.isObject() && value.size() == 1 && value.path("secret").isString()
                    && !value.path("secret").stringValue().isBlank() ? null
                    : "is write-only: give it as {\"secret\": \"<name of a stored secret>\"}";
        }
    }

    /** A list of scripts, schedule jobs or webhooks. */
    record Items(ItemKind kind) implements SettingKind {
        public String check(JsonNode value) {
            return kind.check(value);
        }
    }

    /** Any JSON value (KVS entries). */
    record Any() implements SettingKind {
        public String check(JsonNode value) {
            return null;
        }
    }
}

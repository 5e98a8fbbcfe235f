package org.shellymanager.manager.inventory;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.shellymanager.device.Credentials;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import tools.jackson.databind.JsonNode;

/**
 * A partial update of a device's user-owned fields. Only the fields present in the request change; a field
 * given as {@code null} is cleared ({@code credentials: null} forgets the device's own login).
 */
public record DevicePatch(Set<Field> fields, String name, String room, Set<String> tags, String notes,
                          Credentials credentials) {

    public enum Field { NAME, ROOM, TAGS, NOTES, CREDENTIALS }

    static final int MAX_TEXT = 255;
    static final int MAX_NOTES = 10_000;
    static final int MAX_TAG = 64;
    static final int MAX_TAGS = 50;

    public DevicePatch {
        fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    public boolean has(Field field) {
        return fields.contains(field);
    }

    /** Reads a PATCH body; unknown fields and values of the wrong type are refused with {@code request.invalid}. */
    public static DevicePatch from(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid("body", "must be a JSON object");
        }
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (String property : body.propertyNames()) {
            try {
                fields.add(Field.valueOf(property.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw invalid(property, "is not a field that can be changed (name, room, tags, notes, credentials)");
            }
        }
        return new DevicePatch(fields, text(body, "name", MAX_TEXT), text(body, "room", MAX_TEXT), tags(body),
                text(body, "notes", MAX_NOTES), credentials(body));
    }

    private static String text(JsonNode body, String field, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw invalid(field, "must be a string or null");
        }
        String text = value.stringValue().strip();
        if (text.length() > max) {
            throw invalid(field, "must be at most " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static Set<String> tags(JsonNode body) {
        JsonNode value = body.get("tags");
        if (value == null || value.isNull()) {
            return Set.of();
        }
        if (!value.isArray() || value.size() > MAX_TAGS) {
            throw invalid("tags", "must be an array of at most " + MAX_TAGS + " strings");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode tag : value) {
            if (!tag.isString() || tag.stringValue().isBlank() || tag.stringValue().strip().length() > MAX_TAG) {
                throw invalid("tags", "each tag must be a non-empty string of at most " + MAX_TAG + " characters");
            }
            tags.add(tag.stringValue().strip());
        }
        return tags;
    }

    private static Credentials credentials(JsonNode body) {
        JsonNode value = body.get("credentials");
        if (value == null || value.isNull()) {
            return null;
        }
        JsonNode username = value.path("username");
        if (!username.isString() || username.stringValue().isBlank() || !value.path("password").isString()) {
            throw invalid("credentials", "must be null or an object with a non-empty username and a password");
        }
        return new Credentials(value.path("username").stringValue(), value.path("password").stringValue());
    }

    private static ManagerException invalid(String field, String message) {
        return new ManagerException(ErrorCode.REQUEST_INVALID, field + " " + message,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}

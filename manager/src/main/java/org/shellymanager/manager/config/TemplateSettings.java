package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generation-neutral settings (a template, the fleet defaults or one device's overrides) as a sorted map of
 * setting paths ({@code mqtt.server}, {@code switches.*.autoOff}) to values. Text values may hold variables
 * ({@code ${name}}, {@code ${room}}, {@code ${mac}}, {@code ${id}}, {@code ${model}}, {@code ${index}},
 * {@code ${tags}}, {@code ${var.<key>}}); write-only values are references {@code {"secret": "<name>"}}.
 */
record TemplateSettings(SortedMap<String, JsonNode> values) {

    static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    static final Pattern VARIABLE_NAME = Pattern.compile("name|room|mac|id|model|index|tags|var\\.[A-Za-z0-9_-]+");
    static final TemplateSettings EMPTY = new TemplateSettings(new TreeMap<>());

    TemplateSettings {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** Reads and checks settings given as nested JSON; every problem is reported at once as {@code template.invalid}. */
    static TemplateSettings parse(JsonNode body) {
        if (body == null || body.isNull() || body.isObject() && body.isEmpty()) {
            return EMPTY;
        }
        if (!body.isObject()) {
            throw invalid(List.of(Map.of("field", "settings", "message", "must be a JSON object")));
        }
        SortedMap<String, JsonNode> flat = new TreeMap<>();
        flatten("", body, flat);
        List<Map<String, String>> errors = new ArrayList<>();
        flat.forEach((path, value) -> {
            String problem = problem(path, value);
            if (problem != null) {
                errors.add(Map.of("field", "settings." + path, "message", problem));
            }
        });
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new TemplateSettings(flat);
    }

    private static String problem(String path, JsonNode value) {
        var found = SettingCatalog.find(path.replace(".*.", ".0."));
        if (found.isEmpty()) {
            return "is not a template setting; known: " + String.join(", ", SettingCatalog.names());
        }
        SettingKind kind = found.get().getKey().kind();
        if (value.isString() && !(kind instanceof SettingKind.Secret)) {
            Matcher variables = VARIABLE.matcher(value.stringValue());
            boolean any = false;
            while (variables.find()) {
                any = true;
                if (!VARIABLE_NAME.matcher(variables.group(1)).matches()) {
                    return "uses unknown variable ${" + variables.group(1) + "}; known: name, room, mac, id, model, "
                            + "index, tags, var.<key>";
                }
            }
            if (any) {
                return null;
            }
        }
        return kind.check(value);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        boolean secretReference = node.isObject() && node.size() == 1 && node.has("secret");
        if (node.isObject() && !node.isEmpty() && !secretReference && !prefix.startsWith("kvs.")) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else {
            out.put(prefix, node);
        }
    }

    /** The nested JSON form, as templates are shown and edited. */
    JsonNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        values.forEach((path, value) -> {
            ObjectNode parent = root;
            String[] parts = path.startsWith("kvs.") ? new String[] {"kvs", path.substring(4)} : path.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
            }
            parent.set(parts[parts.length - 1], value);
        });
        return root;
    }

    private static ManagerException invalid(List<Map<String, String>> errors) {
        return new ManagerException(ErrorCode.TEMPLATE_INVALID, errors.getFirst().get("field") + " "
                + errors.getFirst().get("message") + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
                Map.of("errors", errors));
    }
}

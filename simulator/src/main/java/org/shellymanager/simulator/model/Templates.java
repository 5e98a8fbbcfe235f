package org.shellymanager.simulator.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Per-kind config and static status shapes of each generation ({@code templates/gen1.yaml}, {@code gen2.yaml}). */
public final class Templates {

    private static final JsonNode GEN1 = Yaml.read(ModelCatalog.resource("templates/gen1.yaml"));
    private static final JsonNode GEN2 = Yaml.read(ModelCatalog.resource("templates/gen2.yaml"));

    private Templates() {
    }

    /** Gen2+ config of one component kind with the model's values merged in and the placeholders filled. */
    public static ObjectNode rpcConfig(ModelSpec model, String kind, Map<String, String> values) {
        return shaped(model, kind, GEN2.path("config").path(kind), values);
    }

    public static ObjectNode rpcStatus(String kind) {
        JsonNode status = GEN2.path("status").path(kind);
        return status.isObject() ? (ObjectNode) status.deepCopy() : Yaml.MAPPER.createObjectNode();
    }

    /** Gen1 top-level settings, with the model's {@code settings} values merged in. */
    public static ObjectNode gen1Settings(ModelSpec model, Map<String, String> values) {
        return shaped(model, "settings", GEN1.path("settings"), values);
    }

    /** Gen1 per-channel settings of one kind ({@code relay}, {@code roller}, ...). */
    public static ObjectNode gen1Channel(ModelSpec model, String kind) {
        return shaped(model, kind, GEN1.path("channels").path(kind), Map.of());
    }

    private static ObjectNode shaped(ModelSpec model, String kind, JsonNode template, Map<String, String> values) {
        ObjectNode node = template.isObject() ? (ObjectNode) template.deepCopy() : Yaml.MAPPER.createObjectNode();
        JsonNode overrides = model.config().path(kind);
        if (overrides.isObject()) {
            JsonTrees.merge(node, (ObjectNode) overrides, true);
        }
        model.drop().getOrDefault(kind, java.util.List.of()).forEach(node::remove);
        JsonTrees.fill(node, values);
        return node;
    }
}

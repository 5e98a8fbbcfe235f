package org.shellymanager.simulator.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The models this simulator knows, one {@code models/<MODEL>.yaml} resource each, listed in {@code index.txt}. */
public final class ModelCatalog {

    private static final ModelCatalog BUILT_IN = load();

    private final Map<String, ModelSpec> models;

    private ModelCatalog(Map<String, ModelSpec> models) {
        this.models = Collections.unmodifiableMap(models);
    }

    public static ModelCatalog builtIn() {
        return BUILT_IN;
    }

    public List<ModelSpec> all() {
        return List.copyOf(models.values());
    }

    public Optional<ModelSpec> find(String model) {
        return Optional.ofNullable(models.get(model));
    }

    public ModelSpec get(String model) {
        return find(model).orElseThrow(() -> new IllegalArgumentException(
                "unknown model " + model + "; known: " + String.join(", ", models.keySet())));
    }

    private static ModelCatalog load() {
        Map<String, ModelSpec> models = new LinkedHashMap<>();
        for (String name : resource("models/index.txt").lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
            ModelSpec spec = parse(Yaml.read(resource("models/" + name + ".yaml")));
            models.put(spec.model(), spec);
        }
        return new ModelCatalog(models);
    }

    static ModelSpec parse(JsonNode node) {
        Map<String, List<ComponentSpec>> profiles = new LinkedHashMap<>();
        for (var profile : node.path("profiles").properties()) {
            profiles.put(profile.getKey(), components(profile.getValue()));
        }
        Map<String, List<String>> drop = new LinkedHashMap<>();
        for (var entry : node.path("drop").properties()) {
            drop.put(entry.getKey(), strings(entry.getValue()));
        }
        JsonNode config = node.path("config");
        return new ModelSpec(
                node.path("model").asString(null),
                node.path("gen").asInt(0),
                node.path("product").asString(""),
                node.path("app").asString(""),
                node.path("idPrefix").asString(null),
                node.path("longId").asBoolean(true),
                node.path("apPrefix").asString(""),
                node.path("firmware").asString(null),
                node.path("beta").asString(null),
                node.path("battery").asBoolean(false),
                node.path("temperature").asBoolean(false),
                node.path("load").asDouble(0),
                profiles,
                components(node.path("components")),
                strings(node.path("services")),
                strings(node.path("features")),
                config.isObject() ? (ObjectNode) config : Yaml.MAPPER.createObjectNode(),
                drop);
    }

    private static List<ComponentSpec> components(JsonNode list) {
        List<ComponentSpec> components = new ArrayList<>();
        for (JsonNode item : list) {
            components.add(new ComponentSpec(item.path("kind").asString(null), item.path("count").asInt(1),
                    item.path("metered").asBoolean(false)));
        }
        return components;
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.asString()));
        return values;
    }

    static String resource(String path) {
        try (InputStream in = ModelCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

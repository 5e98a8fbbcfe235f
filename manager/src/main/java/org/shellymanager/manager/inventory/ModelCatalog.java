package org.shellymanager.manager.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Model codes and their product names, read from the data file {@code catalog/shelly-models.json}. A model the
 * catalogue does not know is still managed; it is shown as "Unknown (CODE)".
 */
@Component
public class ModelCatalog {

    static final String RESOURCE = "/catalog/shelly-models.json";

    private final Map<String, Model> models;

    ModelCatalog(JsonMapper json) {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("model catalogue " + RESOURCE + " is missing from the class path");
            }
            List<Model> list = json.readValue(in, new TypeReference<List<Model>>() { });
            this.models = list.stream().collect(Collectors.toUnmodifiableMap(m -> key(m.model()), Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model catalogue", e);
        }
    }

    public Optional<Model> find(String model) {
        return Optional.ofNullable(models.get(key(model)));
    }

    public String productName(String model) {
        return find(model).map(Model::name).orElse("Unknown (" + model + ")");
    }

    /** The codes of the models whose product name contains the text, ignoring case. */
    List<String> modelsNamed(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return models.values().stream().filter(m -> m.name().toLowerCase(Locale.ROOT).contains(needle))
                .map(Model::model).sorted().toList();
    }

    private static String key(String model) {
        return model.toUpperCase(Locale.ROOT);
    }

    /** One catalogue entry: the model code a device reports, its product name and generation. */
    public record Model(String model, String name, int generation) {

        public Model {
            if (model == null || model.isBlank() || name == null || name.isBlank() || generation < 1) {
                throw new IllegalArgumentException("catalogue entry needs a model, a name and a generation: " + model);
            }
        }
    }
}

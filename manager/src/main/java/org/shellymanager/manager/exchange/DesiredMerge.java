package org.shellymanager.manager.exchange;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.shellymanager.manager.config.DesiredOverrides;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A device's desired configuration after an import under a conflict policy: a file without one leaves the
 * device's as it is; an overwrite (or a device without one) takes the file's; a merge adds only the settings and
 * variables the device does not have yet.
 */
final class DesiredMerge {

    private DesiredMerge() {
    }

    static Optional<DesiredOverrides> merge(Optional<DesiredOverrides> existing, DesiredOverrides given,
                                            ImportService.Policy policy) {
        if (given == null) {
            return existing;
        }
        if (existing.isEmpty() || policy != ImportService.Policy.MERGE) {
            return Optional.of(given);
        }
        DesiredOverrides old = existing.get();
        Map<String, String> variables = new TreeMap<>(given.variables());
        variables.putAll(old.variables());
        return Optional.of(new DesiredOverrides(keepingOld(old.settings(), given.settings()), variables));
    }

    /** The old settings with every setting of {@code given} added where the old ones have none. */
    private static JsonNode keepingOld(JsonNode old, JsonNode given) {
        ObjectNode merged = (ObjectNode) old.deepCopy();
        given.properties().forEach(entry -> {
            JsonNode mine = merged.get(entry.getKey());
            if (mine == null) {
                merged.set(entry.getKey(), entry.getValue());
            } else if (mine.isObject() && entry.getValue().isObject() && !mine.has("secret")) {
                merged.set(entry.getKey(), keepingOld(mine, entry.getValue()));
            }
        });
        return merged;
    }
}

package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scripts, schedule jobs and webhooks of a device's layers as one set per kind: items add up from layer to
 * layer, a later layer's item replacing an earlier one with the same key, and the last layer that says whether the
 * list is exclusive decides. Items are sent as written: a {@code ${...}} inside them belongs to the device (script
 * code, webhook URL tokens), not to the template's variables.
 */
final class ItemLayers {

    private ItemLayers() {
    }

    /** The sets for a device; a kind the device does not offer is added to {@code problems} instead. */
    static List<ItemSet> resolve(List<DesiredStateResolver.Layer> layers, Snapshot actual, List<DesiredState.Problem> problems) {
        List<ItemSet> sets = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            Map<JsonNode, ListItem> items = new LinkedHashMap<>();
            boolean exclusive = false;
            String exclusiveOrigin = null;
            String origin = null;
            for (DesiredStateResolver.Layer layer : layers) {
                JsonNode flag = layer.settings().values().get(kind.exclusivePath());
                if (flag != null) {
                    exclusive = flag.asBoolean();
                    exclusiveOrigin = layer.origin();
                    origin = layer.origin();
                }
                JsonNode list = layer.settings().values().get(kind.itemsPath());
                if (list != null) {
                    origin = layer.origin();
                    for (JsonNode item : list) {
                        items.remove(kind.key(item));
                        items.put(kind.key(item), new ListItem(ListItem.NEW, (ObjectNode) item.deepCopy(), layer.origin()));
                    }
                }
            }
            if (origin == null) {
                continue;
            }
            if (kind.actual(actual.sections(), "device").isEmpty()) {
                problems.add(new DesiredState.Problem(kind.itemsPath(), origin, kind.unsupported(actual.generation(), actual.model())));
            } else {
                sets.add(new ItemSet(kind, exclusive, exclusiveOrigin, List.copyOf(items.values())));
            }
        }
        return sets;
    }

    /** Every item of a snapshot as wanted items of an exclusive set per kind, matched by key (restore onto a device). */
    static List<ItemSet> ofSnapshot(Snapshot source) {
        List<ItemSet> sets = new ArrayList<>();
        String origin = "snapshot:" + source.version();
        for (ItemKind kind : ItemKind.values()) {
            kind.actual(source.sections(), origin).ifPresent(items -> sets.add(new ItemSet(kind, true, origin,
                    items.stream().map(item -> new ListItem(ListItem.NEW, item.spec(), origin)).toList())));
        }
        return sets;
    }
}

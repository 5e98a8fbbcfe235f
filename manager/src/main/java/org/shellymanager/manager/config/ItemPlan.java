package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * How a device's scripts, schedule jobs or webhooks differ from a wanted set, property by property, and the calls
 * that close the gap: deletions first (they free the device's limited slots), then changes, then new items. A
 * wanted item is matched to the device's by id when it has one (putting a device back to a snapshot), else by its
 * key; of several device items with the same key the first is matched and the rest count as unmanaged.
 */
record ItemPlan(List<DriftField> drift, List<DeviceCall> calls) {

    static final ItemPlan NONE = new ItemPlan(List.of(), List.of());

    ItemPlan {
        drift = List.copyOf(drift);
        calls = List.copyOf(calls);
    }

    /** The plan for every wanted set against the device's items in a snapshot's sections. */
    static ItemPlan of(List<ItemSet> wanted, Map<String, JsonNode> sections) {
        List<DriftField> drift = new ArrayList<>();
        List<DeviceCall> calls = new ArrayList<>();
        for (ItemSet set : wanted) {
            Optional<List<ListItem>> actual = set.kind().actual(sections, "device");
            if (actual.isPresent()) {
                ItemPlan plan = of(set, actual.get());
                drift.addAll(plan.drift());
                calls.addAll(plan.calls());
            }
        }
        return new ItemPlan(drift, calls);
    }

    static ItemPlan of(ItemSet wanted, List<ListItem> actual) {
        ItemKind kind = wanted.kind();
        List<ListItem> unmatched = new ArrayList<>(actual);
        List<DriftField> drift = new ArrayList<>();
        List<DeviceCall> changes = new ArrayList<>();
        List<DeviceCall> creations = new ArrayList<>();
        for (ListItem item : wanted.items()) {
            String label = kind.label(item.spec());
            Optional<ListItem> match = unmatched.stream().filter(found -> item.id() == ListItem.NEW
                    ? ConfigFields.same(kind.key(item.spec()), kind.key(found.spec())) : item.id() == found.id()).findFirst();
            if (match.isEmpty()) {
                drift.add(new DriftField(label, kind.itemsPath(), item.spec(), null, item.origin()));
                creations.add(ItemCalls.create(kind, item.spec()));
                continue;
            }
            unmatched.remove(match.get());
            List<String> changed = new ArrayList<>();
            item.spec().propertyNames().forEach(property -> {
                JsonNode found = match.get().spec().get(property);
                if (!ConfigFields.same(item.spec().get(property), found)) {
                    changed.add(property);
                    drift.add(new DriftField(label + "." + property, kind.itemsPath(), item.spec().get(property), found,
                            item.origin()));
                }
            });
            if (!changed.isEmpty()) {
                changes.addAll(ItemCalls.update(kind, match.get(), item.spec(), changed));
            }
        }
        List<DeviceCall> calls = new ArrayList<>();
        if (wanted.exclusive()) {
            for (ListItem extra : unmatched) {
                drift.add(new DriftField(kind.label(extra.spec()), kind.exclusivePath(), null, extra.spec(), wanted.origin()));
                calls.addAll(ItemCalls.delete(kind, extra));
            }
        }
        calls.addAll(changes);
        calls.addAll(creations);
        return new ItemPlan(drift, calls);
    }
}

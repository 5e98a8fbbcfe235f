package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Field-level differences between two configurations, in field order. */
final class ConfigDiff {

    private ConfigDiff() {
    }

    static List<FieldChange> between(ConfigFields before, ConfigFields after) {
        TreeSet<String> fields = new TreeSet<>(before.values().keySet());
        fields.addAll(after.values().keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (!ConfigFields.same(before.get(field), after.get(field))) {
                changes.add(new FieldChange(field, before.get(field), after.get(field)));
            }
        }
        return List.copyOf(changes);
    }
}

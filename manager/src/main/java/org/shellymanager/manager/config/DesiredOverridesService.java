package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.shellymanager.manager.platform.ManagerException;
import org.springframework.stereotype.Service;

/**
 * Reads and writes every device's own layer of desired configuration for features that move it in and out of
 * the manager as a whole (export and import). Writes join the caller's transaction.
 */
@Service
public class DesiredOverridesService {

    private static final int MAX_VARIABLE_VALUE = 1024;

    private final JdbcOverrideStore store;
    private final TemplateService templates;

    DesiredOverridesService(JdbcOverrideStore store, TemplateService templates) {
        this.store = store;
        this.templates = templates;
    }

    /** The layers that hold anything, by device id. */
    public Map<String, DesiredOverrides> all() {
        Map<String, DesiredOverrides> all = new TreeMap<>();
        store.all().forEach((deviceId, overrides) -> {
            DesiredOverrides view = view(overrides);
            if (!view.isEmpty()) {
                all.put(deviceId, view);
            }
        });
        return all;
    }

    /** What is wrong with a layer, one message per setting or variable; empty when it may be stored. */
    public List<String> problems(DesiredOverrides overrides) {
        List<String> problems = new ArrayList<>();
        try {
            TemplateSettings.parse(overrides.settings());
        } catch (ManagerException e) {
            if (e.properties().get("errors") instanceof List<?> errors) {
                errors.forEach(error -> problems.add(error instanceof Map<?, ?> m ? m.get("field") + " " + m.get("message")
                        : String.valueOf(error)));
            } else {
                problems.add(e.getMessage());
            }
        }
        overrides.variables().forEach((key, value) -> {
            if (!key.matches("[A-Za-z0-9_-]{1,64}")) {
                problems.add("variables." + key + " is not a variable name (letters, digits, _ and -, at most 64)");
            } else if (value == null || value.length() > MAX_VARIABLE_VALUE) {
                problems.add("variables." + key + " must be text of at most " + MAX_VARIABLE_VALUE + " characters");
            }
        });
        return problems;
    }

    /** Replaces the device's layer. @throws ManagerException {@code template.invalid} */
    public void put(String deviceId, DesiredOverrides overrides) {
        templates.setOverrides(deviceId, new DeviceOverrides(TemplateSettings.parse(overrides.settings()), overrides.variables()));
    }

    /** The layer as it reads back once stored: settings in their sorted nested form. @throws ManagerException {@code template.invalid} */
    public DesiredOverrides normalised(DesiredOverrides overrides) {
        return view(new DeviceOverrides(TemplateSettings.parse(overrides.settings()), overrides.variables()));
    }

    private static DesiredOverrides view(DeviceOverrides overrides) {
        return new DesiredOverrides(overrides.settings().toJson(), overrides.variables());
    }
}

package org.shellymanager.simulator.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything that distinguishes one product, read from {@code models/<MODEL>.yaml}: identity, firmware, components
 * per profile, default load and the config values that differ from the generation's templates.
 *
 * @param profiles  component groups per profile (Gen1 {@code mode}); the first is the default
 * @param common    component groups present in every profile
 * @param features  optional status fields this model reports ({@code pf}, {@code freq}, {@code ret_aenergy},
 *                  {@code no_switch_temperature}, ...)
 * @param config    per-kind config values merged over the templates
 * @param drop      per-kind template keys this model does not have
 */
public record ModelSpec(
        String model,
        int gen,
        String product,
        String app,
        String idPrefix,
        boolean longId,
        String apPrefix,
        String firmware,
        String beta,
        boolean battery,
        boolean temperature,
        double load,
        Map<String, List<ComponentSpec>> profiles,
        List<ComponentSpec> common,
        List<String> services,
        List<String> features,
        ObjectNode config,
        Map<String, List<String>> drop) {

    public ModelSpec {
        Objects.requireNonNull(model, "model");
        if (gen < 1 || gen > 4) {
            throw new IllegalArgumentException(model + ": gen must be 1..4");
        }
        Objects.requireNonNull(idPrefix, model + ": idPrefix");
        Objects.requireNonNull(firmware, model + ": firmware");
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException(model + ": at least one profile");
        }
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        common = List.copyOf(common);
        services = List.copyOf(services);
        features = List.copyOf(features);
        drop = Map.copyOf(drop);
    }

    public String defaultProfile() {
        return profileNames().getFirst();
    }

    /** Profile names in file order. */
    public List<String> profileNames() {
        return List.copyOf(profiles.keySet());
    }

    /** Whether the device reports profiles ({@code profile} in device info, {@code mode} in Gen1 settings). */
    public boolean hasProfiles() {
        return profiles.size() > 1;
    }

    public List<ComponentSpec> components(String profile) {
        List<ComponentSpec> all = new ArrayList<>(common);
        all.addAll(Objects.requireNonNull(profiles.get(profile), () -> model + " has no profile " + profile));
        return all;
    }

    public boolean has(String feature) {
        return features.contains(feature);
    }
}

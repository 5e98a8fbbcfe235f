package org.shellymanager.device.model;

import java.util.List;
import java.util.Set;

/**
 * What a device can do, as far as its status and identity show.
 *
 * @param profile      the active profile or Gen1 {@code mode} ({@code switch}/{@code cover}, {@code relay}/{@code roller},
 *                     {@code color}/{@code white}), or null for single-profile devices
 * @param profiles     the profiles the device can switch between; empty when it has one
 * @param kinds        every component kind seen ({@code switch}, {@code em}, {@code bthomesensor} ...)
 */
public record Capabilities(int switches, int covers, int lights, int inputs, boolean metering, List<LightKind> lightKinds,
                           String profile, List<String> profiles, boolean battery, boolean scripts, Set<String> kinds) {

    public Capabilities {
        lightKinds = List.copyOf(lightKinds);
        profiles = List.copyOf(profiles);
        kinds = Set.copyOf(kinds);
    }

    /** Counts and flags from a status; profile and scripts come from the identity. */
    public static Capabilities from(DeviceStatus status, String profile, List<String> profiles, boolean scripts) {
        List<SwitchComponent> switches = status.all(SwitchComponent.class);
        List<CoverComponent> covers = status.all(CoverComponent.class);
        List<LightComponent> lights = status.all(LightComponent.class);
        boolean metering = !status.all(PowerMeter.class).isEmpty() || !status.all(ThreePhaseMeter.class).isEmpty()
                || switches.stream().anyMatch(s -> s.metering() != null && s.metering().powerW() != null)
                || covers.stream().anyMatch(c -> c.metering() != null && c.metering().powerW() != null)
                || lights.stream().anyMatch(l -> l.metering() != null && l.metering().powerW() != null);
        List<LightKind> kinds = lights.stream().map(LightComponent::lightKind).distinct().toList();
        Set<String> all = new java.util.TreeSet<>();
        status.components().forEach(c -> all.add(c.kind()));
        return new Capabilities(switches.size(), covers.size(), lights.size(), status.all(InputComponent.class).size(),
                metering, kinds, profile, profiles, !status.all(BatteryStatus.class).isEmpty(), scripts, all);
    }
}

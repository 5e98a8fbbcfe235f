package org.shellymanager.simulator.core;

import org.shellymanager.simulator.model.ComponentSpec;
import org.shellymanager.simulator.model.ModelSpec;

/** The {@code num_*} counts of a Gen1 device in one mode, as {@code /shelly} and {@code /settings} report them. */
public record Gen1Counts(int outputs, int meters, int emeters, int rollers, int inputs) {

    public static Gen1Counts of(ModelSpec model, String profile) {
        int outputs = 0;
        int meters = 0;
        int emeters = 0;
        int rollers = 0;
        int inputs = 0;
        for (ComponentSpec group : model.components(profile)) {
            switch (group.kind()) {
                case "relay", "light", "white", "color" -> {
                    outputs += group.count();
                    meters += group.metered() ? group.count() : 0;
                }
                case "roller" -> {
                    outputs += 2 * group.count();
                    rollers += group.count();
                    meters += group.metered() ? 2 * group.count() : 0;
                }
                case "emeter" -> emeters += group.count();
                case "input" -> inputs += group.count();
                default -> { }
            }
        }
        return new Gen1Counts(outputs, meters, emeters, rollers, inputs);
    }
}

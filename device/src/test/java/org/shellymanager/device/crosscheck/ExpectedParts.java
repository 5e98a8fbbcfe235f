package org.shellymanager.device.crosscheck;

import org.shellymanager.simulator.model.ComponentSpec;
import org.shellymanager.simulator.model.ModelCatalog;

/** How many parts of each kind a case's model has in its profile, from the simulator's model file. */
record ExpectedParts(int switches, int covers, int lights, int inputs, boolean battery) {

    static ExpectedParts of(SimulatedCase c) {
        int switches = 0;
        int covers = 0;
        int lights = 0;
        int inputs = 0;
        boolean battery = false;
        for (ComponentSpec group : ModelCatalog.builtIn().get(c.model()).components(c.profile())) {
            switch (group.kind()) {
                case "relay", "switch" -> switches += group.count();
                case "roller", "cover" -> covers += group.count();
                case "light", "white", "color", "rgb", "rgbw" -> lights += group.count();
                case "input" -> inputs += group.count();
                case "sensor", "devicepower" -> battery = true;
                default -> { }
            }
        }
        return new ExpectedParts(switches, covers, lights, inputs, battery);
    }
}

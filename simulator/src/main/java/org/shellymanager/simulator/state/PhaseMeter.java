package org.shellymanager.simulator.state;

import java.util.List;

/** A three-phase energy meter (Gen2 {@code em} with its {@code emdata}): phases a, b and c. */
public record PhaseMeter(String kind, int id, List<MeterChannel> phases) implements Channel {

    public PhaseMeter {
        if (phases.size() != 3) {
            throw new IllegalArgumentException("three phases");
        }
        phases = List.copyOf(phases);
    }
}

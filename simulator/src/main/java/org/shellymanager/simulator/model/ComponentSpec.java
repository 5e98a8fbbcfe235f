package org.shellymanager.simulator.model;

import java.util.Objects;

/**
 * A group of like components of a model, in the wire vocabulary of its generation: Gen1 {@code relay, roller, light,
 * color, white, input, emeter, sensor}; Gen2+ {@code switch, cover, light, input, em, em1, temperature, humidity,
 * devicepower}.
 */
public record ComponentSpec(String kind, int count, boolean metered) {

    public ComponentSpec {
        Objects.requireNonNull(kind, "kind");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1 for " + kind);
        }
    }
}

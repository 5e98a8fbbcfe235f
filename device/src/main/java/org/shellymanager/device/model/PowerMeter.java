package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/** A stand-alone single-phase meter: Gen1 {@code meters[]}/{@code emeters[]}, Gen2+ {@code em1}, {@code pm1}. */
public record PowerMeter(String key, int id, Metering metering, JsonNode raw) implements Component {

    public PowerMeter {
        if (metering == null) {
            throw new IllegalArgumentException("metering is required");
        }
    }
}

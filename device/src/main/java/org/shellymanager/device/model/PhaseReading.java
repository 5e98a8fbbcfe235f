package org.shellymanager.device.model;

/** One phase of a three-phase meter; {@code phase} is {@code a}, {@code b} or {@code c}. */
public record PhaseReading(String phase, Double powerW, Double apparentPowerVa, Double voltageV, Double currentA,
                           Double powerFactor, Double frequencyHz) {
}

package org.shellymanager.device.model;

import java.util.List;

/**
 * Electrical readings, in SI units: W, V, A, Hz, and energy in Wh whatever the device counts in.
 * Every reading is null when the device does not measure it.
 *
 * @param minuteEnergyWh energy of the last complete minutes, newest first (Gen1 {@code counters}, Gen2 {@code by_minute})
 */
public record Metering(Double powerW, Double voltageV, Double currentA, Double powerFactor, Double frequencyHz,
                       Double energyWh, Double returnedEnergyWh, List<Double> minuteEnergyWh) {

    public Metering {
        minuteEnergyWh = minuteEnergyWh == null ? List.of() : List.copyOf(minuteEnergyWh);
    }

    /** Gen1 counts energy in watt-minutes. */
    public static double wattMinutesToWh(double wattMinutes) {
        return wattMinutes / 60.0;
    }

    /** Gen2+ {@code by_minute} values are milliwatt-hours. */
    public static double milliWhToWh(double milliWh) {
        return milliWh / 1000.0;
    }
}

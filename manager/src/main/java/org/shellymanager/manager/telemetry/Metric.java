package org.shellymanager.manager.telemetry;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a {@link Reading} measures, in SI units; energy is always Wh whatever the device counts in. */
public enum Metric {
    /** Active power, W. */
    POWER,
    VOLTAGE,
    CURRENT,
    POWER_FACTOR,
    FREQUENCY,
    /** The device's own energy counter, Wh; it may reset (reboot, counter reset). Not kept in history. */
    ENERGY_COUNTER,
    /** The device's own returned-energy counter, Wh. Not kept in history. */
    RETURNED_ENERGY_COUNTER,
    /** Energy used since the previous sample, Wh, never negative: this is what history sums. */
    ENERGY,
    TEMPERATURE,
    HUMIDITY,
    ILLUMINANCE,
    /** Battery charge, percent. */
    BATTERY,
    /** Wi-Fi signal, dBm. */
    RSSI,
    /** 1 when an output (switch, light) is on, 0 when off. */
    OUTPUT,
    /** Cover position, percent open. */
    POSITION,
    /** Light brightness, percent. */
    BRIGHTNESS,
    /** Input level, 1 or 0. */
    INPUT,
    /** 1 when the device answered, 0 when it did not. */
    ONLINE;

    /** The name used in the API and in the database. */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Metric ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** Counters are not sampled into history: their differences are, as {@link #ENERGY}. */
    boolean kept() {
        return this != ENERGY_COUNTER && this != RETURNED_ENERGY_COUNTER;
    }
}

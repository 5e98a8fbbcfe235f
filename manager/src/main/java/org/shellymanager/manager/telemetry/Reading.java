package org.shellymanager.manager.telemetry;

/**
 * One measured value of one part of a device.
 *
 * @param channel the component key ({@code switch:0}, {@code em:0:a} for a phase, {@code device} for device-wide values)
 * @param metric  what is measured, see {@link Metric}
 */
public record Reading(String channel, Metric metric, double value) {

    public Reading {
        if (channel == null || channel.isBlank() || metric == null) {
            throw new IllegalArgumentException("a reading needs a channel and a metric");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a reading must be a finite number, was " + value + " for " + channel);
        }
    }
}

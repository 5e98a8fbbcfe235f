package org.shellymanager.simulator.state;

/** Temperature and humidity that drift slowly through the day, and a battery that drains over weeks. */
public record ClimateChannel(String kind, int id, long seed, long installedMs) implements Channel {

    public double temperatureC(long nowMs) {
        return Noise.round1(Noise.drift(21.0, 1.5, seed, nowMs));
    }

    public double humidity(long nowMs) {
        return Noise.round1(Noise.drift(45.0, 6.0, seed + 3, nowMs));
    }

    /** Battery charge in percent: 100 when installed, one percent less every four days. */
    public int batteryPercent(long nowMs) {
        long days = Math.max(0, nowMs - installedMs) / 86_400_000L;
        return (int) Math.max(5, 100 - days / 4);
    }

    public double batteryVolts(long nowMs) {
        return Noise.round2(2.6 + 0.4 * batteryPercent(nowMs) / 100.0);
    }
}

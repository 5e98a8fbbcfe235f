package org.shellymanager.simulator.state;

/**
 * Small deterministic wobble for measured values: the same channel read twice in the same second gives the same
 * value, different seconds give slightly different values. No random state is kept.
 */
public final class Noise {

    private Noise() {
    }

    /** A value in [-1, 1] for this seed and second. */
    public static double unit(long seed, long nowMs) {
        long x = seed * 0x9E3779B97F4A7C15L + Math.floorDiv(nowMs, 1000L);
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        return (x & 0xFFFFFF) / (double) 0x7FFFFF - 1.0;
    }

    /** {@code value} changed by up to {@code fraction} of itself. */
    public static double jitter(double value, double fraction, long seed, long nowMs) {
        return value * (1.0 + fraction * unit(seed, nowMs));
    }

    /** A slow sine drift with a period of hours, plus a little noise; used for temperatures and humidity. */
    public static double drift(double base, double amplitude, long seed, long nowMs) {
        double phase = (seed & 0xFFFF) / 65536.0 * 2 * Math.PI;
        double slow = Math.sin(nowMs / 21_600_000.0 * 2 * Math.PI + phase);
        return base + amplitude * slow + amplitude * 0.05 * unit(seed + 7, nowMs);
    }

    public static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    public static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}

package org.shellymanager.simulator.state;

/**
 * A lazily integrated energy counter: it remembers the present power and when it last changed, and computes the
 * energy when asked, so an idle device costs nothing between requests.
 */
public final class Energy {

    private static final double MS_PER_HOUR = 3_600_000.0;

    private final long createdMs;
    private double totalWh;
    private long settledMs;
    private double powerW;
    private double previousPowerW;
    private long changedMs;

    public Energy(long nowMs, double initialWh) {
        this.createdMs = nowMs;
        this.settledMs = nowMs;
        this.changedMs = nowMs;
        this.totalWh = initialWh;
    }

    public synchronized void setPower(long nowMs, double watts) {
        settle(nowMs);
        previousPowerW = powerW;
        powerW = watts;
        changedMs = nowMs;
    }

    public synchronized double power() {
        return powerW;
    }

    public synchronized double totalWh(long nowMs) {
        settle(nowMs);
        return totalWh;
    }

    public synchronized void reset(long nowMs) {
        settle(nowMs);
        totalWh = 0;
    }

    /** Start of the running minute, in unix seconds. */
    public static long minuteTs(long nowMs) {
        return Math.floorDiv(nowMs, 60_000L) * 60;
    }

    /** Energy of the last three complete minutes, newest first, in milliwatt-hours. */
    public synchronized double[] byMinuteMwh(long nowMs) {
        long minuteStart = Math.floorDiv(nowMs, 60_000L) * 60_000L;
        double[] minutes = new double[3];
        for (int i = 0; i < 3; i++) {
            long end = minuteStart - i * 60_000L;
            minutes[i] = round3(energyBetween(end - 60_000L, end) * 1000.0);
        }
        return minutes;
    }

    /** Energy of the last three complete minutes, newest first, in watt-minutes (Gen1 {@code counters}). */
    public synchronized double[] byMinuteWattMinutes(long nowMs) {
        double[] mwh = byMinuteMwh(nowMs);
        double[] wattMinutes = new double[3];
        for (int i = 0; i < 3; i++) {
            wattMinutes[i] = round3(mwh[i] * 60.0 / 1000.0);
        }
        return wattMinutes;
    }

    private double energyBetween(long fromMs, long toMs) {
        long start = Math.max(fromMs, createdMs);
        if (toMs <= start) {
            return 0;
        }
        long split = Math.clamp(changedMs, start, toMs);
        return (previousPowerW * (split - start) + powerW * (toMs - split)) / MS_PER_HOUR;
    }

    private void settle(long nowMs) {
        if (nowMs > settledMs) {
            totalWh += powerW * (nowMs - settledMs) / MS_PER_HOUR;
            settledMs = nowMs;
        }
    }

    public static double round3(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}

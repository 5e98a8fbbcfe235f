package org.shellymanager.simulator.state;

/**
 * A roller shutter motor. Position moves at a constant speed over the full travel time and is computed when read;
 * the motor draws power while moving.
 */
public final class CoverChannel implements Channel {

    private final String kind;
    private final int id;
    private final long seed;
    private final double motorW;
    private final Energy energy;
    private long fullTravelMs;
    private double startPos = 0;
    private long startMs;
    private int target = -1;
    private String lastDirection = null;
    private String source = "init";
    private String state = "closed";

    public CoverChannel(String kind, int id, long seed, double motorW, long fullTravelMs, long nowMs) {
        this.kind = kind;
        this.id = id;
        this.seed = seed;
        this.motorW = motorW;
        this.fullTravelMs = fullTravelMs;
        this.energy = new Energy(nowMs, 0);
        this.startMs = nowMs;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String kind() {
        return kind;
    }

    public synchronized void moveTo(long nowMs, int position, String by) {
        settle(nowMs);
        int clamped = Math.clamp(position, 0, 100);
        startPos = position(nowMs);
        startMs = nowMs;
        source = by;
        if (Math.abs(clamped - startPos) < 0.5) {
            target = -1;
            return;
        }
        target = clamped;
        lastDirection = clamped > startPos ? "open" : "close";
        state = clamped > startPos ? "opening" : "closing";
        energy.setPower(nowMs, motorW);
    }

    public synchronized void stop(long nowMs, String by) {
        settle(nowMs);
        if (target >= 0) {
            startPos = position(nowMs);
            startMs = nowMs;
            target = -1;
            state = "stopped";
            energy.setPower(nowMs, 0);
        }
        source = by;
    }

    public synchronized void travelTime(long nowMs, long fullTravelMs) {
        settle(nowMs);
        this.fullTravelMs = Math.max(1, fullTravelMs);
    }

    /** Position 0 (closed) to 100 (open). */
    public synchronized int currentPos(long nowMs) {
        settle(nowMs);
        return (int) Math.round(position(nowMs));
    }

    /** {@code open, closed, opening, closing, stopped} (Gen1 rollers map these to {@code open, close, stop}). */
    public synchronized String state(long nowMs) {
        settle(nowMs);
        return state;
    }

    public synchronized String lastDirection(long nowMs) {
        settle(nowMs);
        return lastDirection;
    }

    public synchronized String source(long nowMs) {
        settle(nowMs);
        return source;
    }

    public synchronized boolean moving(long nowMs) {
        settle(nowMs);
        return target >= 0;
    }

    /** Milliseconds until the running movement ends, 0 when idle. */
    public synchronized long remainingMs(long nowMs) {
        settle(nowMs);
        return target < 0 ? 0 : (long) (Math.abs(target - position(nowMs)) / 100.0 * fullTravelMs);
    }

    public synchronized double power(long nowMs) {
        settle(nowMs);
        return target >= 0 ? Noise.round1(Noise.jitter(motorW, 0.02, seed, nowMs)) : 0.0;
    }

    public Energy energy() {
        return energy;
    }

    private double position(long nowMs) {
        if (target < 0) {
            return startPos;
        }
        double travelled = (nowMs - startMs) * 100.0 / fullTravelMs;
        return target > startPos ? Math.min(target, startPos + travelled) : Math.max(target, startPos - travelled);
    }

    private void settle(long nowMs) {
        if (target < 0) {
            return;
        }
        long arrival = startMs + (long) (Math.abs(target - startPos) / 100.0 * fullTravelMs);
        if (nowMs >= arrival) {
            startPos = target;
            startMs = arrival;
            state = target == 100 ? "open" : target == 0 ? "closed" : "stopped";
            if (target == 0 || target == 100) {
                source = "limit_switch";
            }
            target = -1;
            energy.setPower(arrival, 0);
        }
    }
}

package org.shellymanager.simulator.state;

/** A relay output. Power follows the configured load while on; a timer flips it back lazily when read. */
public final class SwitchChannel implements Channel {

    private final String kind;
    private final int id;
    private final long seed;
    private final Energy energy;
    private final Energy returned;
    private double loadW;
    private boolean output;
    private String source = "init";
    private long timerStartedMs;
    private long flipAtMs;

    public SwitchChannel(String kind, int id, long seed, double loadW, long nowMs) {
        this.kind = kind;
        this.id = id;
        this.seed = seed;
        this.loadW = loadW;
        this.energy = new Energy(nowMs, 0);
        this.returned = new Energy(nowMs, 0);
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String kind() {
        return kind;
    }

    /** Sets the output; {@code flipAfterSec > 0} starts a timer that flips it back. Returns the previous output. */
    public synchronized boolean set(long nowMs, boolean on, String by, double flipAfterSec) {
        settle(nowMs);
        boolean was = output;
        output = on;
        source = by;
        energy.setPower(nowMs, on ? loadW : 0);
        if (flipAfterSec > 0) {
            timerStartedMs = nowMs;
            flipAtMs = nowMs + (long) (flipAfterSec * 1000);
        } else {
            timerStartedMs = 0;
            flipAtMs = 0;
        }
        return was;
    }

    public synchronized boolean output(long nowMs) {
        settle(nowMs);
        return output;
    }

    public synchronized String source(long nowMs) {
        settle(nowMs);
        return source;
    }

    public synchronized void load(long nowMs, double watts) {
        settle(nowMs);
        loadW = watts;
        energy.setPower(nowMs, output ? watts : 0);
    }

    public synchronized double power(long nowMs) {
        settle(nowMs);
        return output ? Noise.round1(Noise.jitter(loadW, 0.01, seed, nowMs)) : 0.0;
    }

    public Energy energy() {
        return energy;
    }

    public Energy returned() {
        return returned;
    }

    /** Timer start in unix seconds, 0 when no timer runs. */
    public synchronized long timerStartedSec(long nowMs) {
        settle(nowMs);
        return timerStartedMs / 1000;
    }

    /** Timer length in seconds, 0 when no timer runs. */
    public synchronized double timerDurationSec(long nowMs) {
        settle(nowMs);
        return flipAtMs == 0 ? 0 : (flipAtMs - timerStartedMs) / 1000.0;
    }

    public synchronized double timerRemainingSec(long nowMs) {
        settle(nowMs);
        return flipAtMs == 0 ? 0 : Math.max(0, (flipAtMs - nowMs) / 1000.0);
    }

    private void settle(long nowMs) {
        if (flipAtMs != 0 && nowMs >= flipAtMs) {
            long at = flipAtMs;
            flipAtMs = 0;
            timerStartedMs = 0;
            output = !output;
            source = "timer";
            energy.setPower(at, output ? loadW : 0);
        }
    }
}

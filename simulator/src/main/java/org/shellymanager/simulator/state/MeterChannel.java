package org.shellymanager.simulator.state;

/** One measured line (Gen1 emeter, Gen2 em1, one phase of em): a nominal load with noise, voltage, energy. */
public final class MeterChannel implements Channel {

    private final String kind;
    private final int id;
    private final long seed;
    private final Energy energy;
    private final Energy returned;
    private double nominalW;

    public MeterChannel(String kind, int id, long seed, double nominalW, long nowMs) {
        this.kind = kind;
        this.id = id;
        this.seed = seed;
        this.nominalW = nominalW;
        this.energy = new Energy(nowMs, 0);
        this.returned = new Energy(nowMs, 0);
        energy.setPower(nowMs, nominalW);
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String kind() {
        return kind;
    }

    public synchronized void load(long nowMs, double watts) {
        nominalW = watts;
        energy.setPower(nowMs, Math.max(0, watts));
        returned.setPower(nowMs, Math.max(0, -watts));
    }

    public synchronized double power(long nowMs) {
        return Noise.round2(Noise.jitter(nominalW, 0.02, seed, nowMs));
    }

    public double voltage(long nowMs) {
        return Noise.round1(Noise.jitter(230.0, 0.01, seed + 1, nowMs));
    }

    public double pf() {
        return 0.95;
    }

    public double frequency() {
        return 50.0;
    }

    public double current(long nowMs) {
        return Math.round(Math.abs(power(nowMs)) / (voltage(nowMs) * pf()) * 1000.0) / 1000.0;
    }

    public double apparentPower(long nowMs) {
        return Noise.round1(Math.abs(power(nowMs)) / pf());
    }

    public double reactivePower(long nowMs) {
        double apparent = apparentPower(nowMs);
        double active = Math.abs(power(nowMs));
        return Noise.round2(Math.sqrt(Math.max(0, apparent * apparent - active * active)));
    }

    public Energy energy() {
        return energy;
    }

    public Energy returned() {
        return returned;
    }
}

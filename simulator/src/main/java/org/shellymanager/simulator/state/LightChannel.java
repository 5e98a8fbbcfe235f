package org.shellymanager.simulator.state;

/**
 * A dimmable light output (Gen1 dimmer or RGBW2 white channel, Gen2+ {@code light}) or a colour output (Gen1 RGBW2
 * {@code color} dimmed by gain, Gen2+ {@code rgb}/{@code rgbw} dimmed by brightness). Power follows the light.
 */
public final class LightChannel implements Channel {

    private final String kind;
    private final int id;
    private final long seed;
    private final double loadW;
    private final Energy energy;
    private boolean on;
    private int brightness = 100;
    private int red = 255;
    private int green = 255;
    private int blue = 255;
    private int white = 0;
    private int gain = 100;
    private String source = "init";

    public LightChannel(String kind, int id, long seed, double loadW, long nowMs) {
        this.kind = kind;
        this.id = id;
        this.seed = seed;
        this.loadW = loadW;
        this.energy = new Energy(nowMs, 0);
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String kind() {
        return kind;
    }

    public synchronized boolean set(long nowMs, boolean turnOn, String by) {
        boolean was = on;
        on = turnOn;
        source = by;
        energy.setPower(nowMs, nominalPower());
        return was;
    }

    public synchronized void brightness(long nowMs, int percent) {
        brightness = Math.clamp(percent, 0, 100);
        energy.setPower(nowMs, nominalPower());
    }

    public synchronized void color(long nowMs, int r, int g, int b, int w, int gainPercent) {
        red = Math.clamp(r, 0, 255);
        green = Math.clamp(g, 0, 255);
        blue = Math.clamp(b, 0, 255);
        white = Math.clamp(w, 0, 255);
        gain = Math.clamp(gainPercent, 0, 100);
        energy.setPower(nowMs, nominalPower());
    }

    public synchronized boolean on() {
        return on;
    }

    public synchronized int brightness() {
        return brightness;
    }

    public synchronized int[] rgbw() {
        return new int[] {red, green, blue, white};
    }

    public synchronized int gain() {
        return gain;
    }

    public synchronized String source() {
        return source;
    }

    public synchronized double power(long nowMs) {
        return on ? Noise.round2(Noise.jitter(nominalPower(), 0.01, seed, nowMs)) : 0.0;
    }

    public Energy energy() {
        return energy;
    }

    private double nominalPower() {
        if (!on) {
            return 0;
        }
        return switch (kind) {
            case "color" -> loadW * gain / 100.0 * (red + green + blue + white) / 1020.0;
            case "rgb" -> loadW * brightness / 100.0 * (red + green + blue) / 765.0;
            case "rgbw" -> loadW * brightness / 100.0 * (red + green + blue + white) / 1020.0;
            default -> loadW * brightness / 100.0;
        };
    }
}

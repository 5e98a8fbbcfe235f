package org.shellymanager.device.model;

/** A colour: red, green, blue and white channels, each 0-255. */
public record Rgbw(int red, int green, int blue, int white) {

    public Rgbw {
        for (int channel : new int[] {red, green, blue, white}) {
            if (channel < 0 || channel > 255) {
                throw new IllegalArgumentException("colour channels must be 0-255, was " + channel);
            }
        }
    }

    public static Rgbw rgb(int red, int green, int blue) {
        return new Rgbw(red, green, blue, 0);
    }

    /**
     * The colour a device reported, each channel rounded; null (unknown) when a channel is missing, not a number or
     * outside 0-255.
     */
    public static Rgbw reported(Double red, Double green, Double blue, Double white) {
        for (Double channel : new Double[] {red, green, blue, white}) {
            if (channel == null || !(channel > -0.5 && channel < 255.5)) {
                return null;
            }
        }
        return new Rgbw((int) Math.round(red), (int) Math.round(green), (int) Math.round(blue), (int) Math.round(white));
    }
}

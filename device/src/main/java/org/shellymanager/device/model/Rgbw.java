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
}

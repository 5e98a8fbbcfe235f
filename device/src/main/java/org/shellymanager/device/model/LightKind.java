package org.shellymanager.device.model;

/** What a light output can do. */
public enum LightKind {
    /** Dimmable single channel (Gen1 dimmer, Vintage, RGBW2 white channel; Gen2 {@code light}). */
    WHITE,
    /** Colour without a separate white channel ({@code rgb}). */
    RGB,
    /** Colour plus white ({@code rgbw}, Gen1 {@code color} mode). */
    RGBW,
    /** Tunable white ({@code cct}, Duo). */
    CCT
}

package org.shellymanager.device;

import java.time.Duration;
import org.shellymanager.device.model.Rgbw;

/**
 * What to set on a light; null fields are left as they are. Start with {@link #channel(int)}.
 *
 * @param brightness  0-100
 * @param color       for colour lights (Gen1 {@code /color}, Gen2+ {@code RGB}/{@code RGBW})
 * @param colorTempK  for tunable-white lights (Gen1 Duo {@code temp}, Gen2+ {@code CCT})
 * @param transition  fade time, or null for the device default
 */
public record LightCommand(int channel, Boolean on, Integer brightness, Rgbw color, Integer colorTempK, Duration transition) {

    public LightCommand {
        if (channel < 0) {
            throw new IllegalArgumentException("channel must not be negative");
        }
        if (brightness != null && (brightness < 0 || brightness > 100)) {
            throw new IllegalArgumentException("brightness must be 0-100, was " + brightness);
        }
        if (colorTempK != null && (colorTempK < 1000 || colorTempK > 10000)) {
            throw new IllegalArgumentException("colour temperature must be 1000-10000 K, was " + colorTempK);
        }
        if (transition != null && transition.isNegative()) {
            throw new IllegalArgumentException("transition must not be negative");
        }
    }

    public static LightCommand channel(int channel) {
        return new LightCommand(channel, null, null, null, null, null);
    }

    public LightCommand on(boolean value) {
        return new LightCommand(channel, value, brightness, color, colorTempK, transition);
    }

    public LightCommand brightness(int value) {
        return new LightCommand(channel, on, value, color, colorTempK, transition);
    }

    public LightCommand color(Rgbw value) {
        return new LightCommand(channel, on, brightness, value, colorTempK, transition);
    }

    public LightCommand colorTemp(int kelvin) {
        return new LightCommand(channel, on, brightness, color, kelvin, transition);
    }

    public LightCommand transition(Duration value) {
        return new LightCommand(channel, on, brightness, color, colorTempK, value);
    }
}

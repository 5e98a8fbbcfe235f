package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/**
 * A light output of any kind.
 *
 * @param brightness  0-100, or null
 * @param color       the colour for RGB/RGBW lights, or null
 * @param colorTempK  the white temperature of CCT lights in Kelvin, or null
 */
public record LightComponent(String key, int id, LightKind lightKind, boolean on, Integer brightness, Rgbw color,
                             Integer colorTempK, String source, Metering metering, JsonNode raw) implements Component {

    public LightComponent {
        if (lightKind == null) {
            throw new IllegalArgumentException("light kind is required");
        }
    }
}

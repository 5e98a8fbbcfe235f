package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/**
 * Device-wide state ({@code sys}; on Gen1 the top-level fields of {@code /status}). Sizes in bytes.
 *
 * @param availableStable a newer stable firmware version the device knows of, or null
 * @param availableBeta   a beta firmware version on offer, or null
 */
public record SystemStatus(String key, String mac, Long uptimeSeconds, Long unixTime, Long ramFree, Long ramSize,
                           Long fsFree, Long fsSize, Boolean restartRequired, Integer configRevision,
                           String availableStable, String availableBeta, JsonNode raw) implements Component {
}

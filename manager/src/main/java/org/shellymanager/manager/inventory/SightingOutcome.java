package org.shellymanager.manager.inventory;

import java.util.List;

/**
 * What recording a sighting changed.
 *
 * @param change    whether the device is new, was updated in place, or was found at a new address
 * @param displaced devices that were at this address before and are now marked {@link InventoryStatus#MOVED}
 */
public record SightingOutcome(Device device, Change change, List<Device> displaced) {

    public enum Change { ADDED, UPDATED, ADDRESS_CHANGED }

    public SightingOutcome {
        displaced = List.copyOf(displaced);
    }
}

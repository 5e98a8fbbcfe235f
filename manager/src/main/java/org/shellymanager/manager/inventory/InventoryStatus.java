package org.shellymanager.manager.inventory;

/** Whether a device is still where the inventory last saw it. */
public enum InventoryStatus {
    /** Seen at its address. */
    ACTIVE,
    /** Another device (another MAC) now answers at its last address; where it went is unknown. */
    MOVED
}

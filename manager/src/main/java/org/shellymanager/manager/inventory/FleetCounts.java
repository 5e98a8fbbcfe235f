package org.shellymanager.manager.inventory;

/** How many devices the inventory holds, how many answer, and how many want a login the manager has not got. */
public record FleetCounts(long devices, long online, long needsCredentials) {

    public long offline() {
        return devices - online;
    }
}

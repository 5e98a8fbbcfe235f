package org.shellymanager.manager.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.Generation;

/**
 * A device in the inventory. The MAC is its identity; {@code id} is the inventory's own stable key. Credentials
 * are not part of this record: only whether the device has some.
 *
 * @param online           whether it answered the last time it was probed
 * @param authRequired     whether the device asks for a login
 * @param needsCredentials it asks for a login and no working credentials are known for it
 * @param capabilities     component kinds and features it was seen with ({@code switch}, {@code metering}, ...)
 */
public record Device(String id, String mac, String deviceId, String model, Generation generation, String firmware,
                     DeviceAddress address, String name, String room, Set<String> tags, String notes,
                     InventoryStatus status, boolean online, boolean authRequired, boolean needsCredentials,
                     boolean hasCredentials, List<String> capabilities, Instant firstSeen, Instant lastSeen) {

    public Device {
        if (id == null || mac == null || deviceId == null || model == null || generation == null || firmware == null
                || address == null || status == null || firstSeen == null || lastSeen == null) {
            throw new IllegalArgumentException("id, mac, deviceId, model, generation, firmware, address, status and "
                    + "times are required");
        }
        tags = Set.copyOf(tags);
        capabilities = List.copyOf(capabilities);
    }
}

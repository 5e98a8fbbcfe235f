package org.shellymanager.manager.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A device as the API shows it: never its credentials, only whether it has some. */
record DeviceResponse(String id, String mac, String deviceId, String model, String productName, int generation,
                      String firmware, String address, String name, String room, Set<String> tags, String notes,
                      boolean online, boolean authRequired, boolean needsCredentials, boolean hasCredentials,
                      Instant firstSeen, Instant lastSeen, InventoryStatus status, List<String> capabilities) {

    static DeviceResponse of(Device d, String productName) {
        return new DeviceResponse(d.id(), d.mac(), d.deviceId(), d.model(), productName, d.generation().number(),
                d.firmware(), d.address().toString(), d.name(), d.room(), d.tags(), d.notes(), d.online(),
                d.authRequired(), d.needsCredentials(), d.hasCredentials(), d.firstSeen(), d.lastSeen(), d.status(),
                d.capabilities());
    }
}

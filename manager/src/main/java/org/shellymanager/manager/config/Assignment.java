package org.shellymanager.manager.config;

import java.util.List;

import org.shellymanager.manager.inventory.Device;

/**
 * Which devices a template applies to: any device with one of the tags, of one of the models, in one of the
 * rooms, or named by id. Empty everywhere means no device (the fleet defaults are where settings for all go).
 */
public record Assignment(List<String> tags, List<String> models, List<String> rooms, List<String> devices) {

    public Assignment {
        tags = tags == null ? List.of() : List.copyOf(tags);
        models = models == null ? List.of() : List.copyOf(models);
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
        devices = devices == null ? List.of() : List.copyOf(devices);
    }

    static final Assignment NONE = new Assignment(null, null, null, null);

    boolean matches(Device device) {
        return devices.contains(device.id()) || models.contains(device.model())
                || (device.room() != null && rooms.contains(device.room()))
                || device.tags().stream().anyMatch(tags::contains);
    }
}

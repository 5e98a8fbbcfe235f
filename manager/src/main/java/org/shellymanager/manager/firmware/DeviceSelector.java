package org.shellymanager.manager.firmware;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DeviceQuery;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.Page;

/**
 * Which devices a rollout or check covers: every filter given must match (none given: the whole fleet).
 *
 * @param text       matches name, MAC, device id, model, product name, address, room and notes
 * @param deviceIds  only these inventory ids
 */
public record DeviceSelector(String model, String tag, String room, Integer generation, String text,
                             @Size(max = 10_000) List<String> deviceIds) {

    public DeviceSelector {
        deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
    }

    public static DeviceSelector all() {
        return new DeviceSelector(null, null, null, null, null, null);
    }

    DeviceSelector withModel(String onlyModel) {
        return new DeviceSelector(onlyModel, tag, room, generation, text, deviceIds);
    }

    /** The matching devices, in name order. */
    List<Device> select(InventoryService inventory) {
        Set<String> ids = new LinkedHashSet<>(deviceIds);
        List<Device> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Device> batch = inventory.list(new DeviceQuery(text, model, generation, tag, room, null, null, null,
                    "name,asc", page, Page.MAX_SIZE));
            batch.items().stream().filter(d -> ids.isEmpty() || ids.contains(d.id())).forEach(found::add);
            if ((long) (page + 1) * Page.MAX_SIZE >= batch.total()) {
                return found;
            }
        }
    }

    /** A short account for job parameters and listings: {@code model=SHSW-1 tag=attic}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "model", model);
        add(parts, "tag", tag);
        add(parts, "room", room);
        add(parts, "generation", generation);
        add(parts, "text", text);
        if (!deviceIds.isEmpty()) {
            parts.add("devices=" + deviceIds.size());
        }
        return parts.isEmpty() ? "all devices" : String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + "=" + value);
        }
    }
}

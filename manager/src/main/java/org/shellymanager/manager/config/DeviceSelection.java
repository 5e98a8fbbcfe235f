package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DeviceQuery;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;

/**
 * Which devices an operation is for: listed ids, and/or everything matching the filters (tag, room, model,
 * free text as in the device list). At least one must be given, so a forgotten filter never means "all";
 * {@code all: true} says so on purpose.
 */
public record DeviceSelection(List<String> ids, String tag, String room, String model, String q, boolean all) {

    public DeviceSelection {
        ids = ids == null ? List.of() : List.copyOf(ids);
        if (ids.isEmpty() && tag == null && room == null && model == null && q == null && !all) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "Say which devices: ids, tag, room, model, q, "
                    + "or all: true for the whole fleet.");
        }
    }

    List<Device> resolve(InventoryService inventory) {
        Map<String, Device> chosen = new LinkedHashMap<>();
        ids.forEach(id -> chosen.put(id, inventory.get(id)));
        if (all || tag != null || room != null || model != null || q != null) {
            for (int page = 0; ; page++) {
                Page<Device> found = inventory.list(new DeviceQuery(q, model, null, tag, room, null, null, null,
                        "mac,asc", page, Page.MAX_SIZE));
                found.items().forEach(d -> chosen.putIfAbsent(d.id(), d));
                if (found.items().size() < Page.MAX_SIZE) {
                    break;
                }
            }
        }
        return new ArrayList<>(chosen.values());
    }

    String describe() {
        List<String> parts = new ArrayList<>();
        if (all) {
            parts.add("all");
        }
        if (!ids.isEmpty()) {
            parts.add(ids.size() + " id(s)");
        }
        if (tag != null) {
            parts.add("tag=" + tag);
        }
        if (room != null) {
            parts.add("room=" + room);
        }
        if (model != null) {
            parts.add("model=" + model);
        }
        if (q != null) {
            parts.add("q=" + q);
        }
        return String.join(", ", parts);
    }
}

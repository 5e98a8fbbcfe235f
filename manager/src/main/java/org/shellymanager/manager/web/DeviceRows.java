package org.shellymanager.manager.web;

import java.util.List;
import java.util.Optional;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.telemetry.LatestStatus;
import org.shellymanager.manager.telemetry.TelemetryService;
import org.springframework.stereotype.Component;

/** Joins inventory records with their latest telemetry for display. */
@Component
class DeviceRows {

    private final InventoryService inventory;
    private final TelemetryService telemetry;

    DeviceRows(InventoryService inventory, TelemetryService telemetry) {
        this.inventory = inventory;
        this.telemetry = telemetry;
    }

    List<DeviceRow> of(List<Device> devices) {
        return devices.stream().map(this::of).toList();
    }

    DeviceRow of(Device device) {
        return new DeviceRow(device, inventory.productName(device), status(device.id()));
    }

    /** The row of one device. @throws org.shellymanager.manager.platform.ManagerException {@code device.not-found} */
    DeviceRow get(String id) {
        return of(inventory.get(id));
    }

    /** The rows of the devices with these ids that still exist, in the order given. */
    List<DeviceRow> byIds(List<String> ids) {
        return ids.stream().map(inventory::find).flatMap(Optional::stream).map(this::of).toList();
    }

    private LatestStatus status(String id) {
        try {
            return telemetry.get(id);
        } catch (ManagerException e) {
            return null;
        }
    }

    static List<String> ids(List<DeviceRow> rows) {
        return rows.stream().map(row -> row.device().id()).toList();
    }
}

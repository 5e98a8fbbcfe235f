package org.shellymanager.manager.firmware;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.inventory.ModelCatalog;
import org.springframework.stereotype.Component;

/** The fleet's firmware: what each device runs and is offered, and per model which versions run and who is behind. */
@Component
public class FleetFirmware {

    private final InventoryService inventory;
    private final JdbcFirmwareStore store;
    private final ModelCatalog catalog;

    FleetFirmware(InventoryService inventory, JdbcFirmwareStore store, ModelCatalog catalog) {
        this.inventory = inventory;
        this.store = store;
        this.catalog = catalog;
    }

    /** One device's firmware; before its first check, the version from the inventory. */
    public record DeviceView(String deviceId, String name, String model, int generation, boolean online, String currentVersion,
                      String currentBuild, String stableVersion, String betaVersion, boolean behind, Instant behindSince,
                      Instant checkedAt, String checkError) {
    }

    public record VersionCount(String version, long devices) {
    }

    /** @param latestBeta the newest beta any device of the model is offered, or null */
    public record ModelView(String model, String product, long devices, long behind, Instant behindSince, String latestStable,
                            String latestBeta, List<VersionCount> versions) {
    }

    public record Summary(long devices, long checked, long behind, List<ModelView> models) {
    }

    public List<DeviceView> devices(DeviceSelector selector) {
        Map<String, DeviceFirmware> checked = store.all().stream()
                .collect(Collectors.toMap(DeviceFirmware::deviceId, Function.identity()));
        return selector.select(inventory).stream().map(device -> view(device, checked.get(device.id()))).toList();
    }

    public Summary summary() {
        List<DeviceView> all = devices(DeviceSelector.all());
        Map<String, List<DeviceView>> byModel = all.stream()
                .collect(Collectors.groupingBy(DeviceView::model, TreeMap::new, Collectors.toList()));
        List<ModelView> models = byModel.entrySet().stream().map(entry -> model(entry.getKey(), entry.getValue())).toList();
        return new Summary(all.size(), all.stream().filter(d -> d.checkedAt() != null).count(),
                all.stream().filter(DeviceView::behind).count(), models);
    }

    private ModelView model(String model, List<DeviceView> devices) {
        List<VersionCount> versions = devices.stream()
                .collect(Collectors.groupingBy(DeviceView::currentVersion, TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> new VersionCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(VersionCount::version, FirmwareVersions.ORDER).reversed()).toList();
        String latest = newest(devices, DeviceView::stableVersion);
        String beta = newest(devices, DeviceView::betaVersion);
        Instant since = devices.stream().map(DeviceView::behindSince).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new ModelView(model, catalog.productName(model), devices.size(),
                devices.stream().filter(DeviceView::behind).count(), since, latest, beta, versions);
    }

    private static String newest(List<DeviceView> devices, Function<DeviceView, String> offered) {
        return devices.stream().map(offered).filter(Objects::nonNull).max(FirmwareVersions.ORDER).orElse(null);
    }

    private static DeviceView view(Device device, DeviceFirmware firmware) {
        if (firmware == null) {
            return new DeviceView(device.id(), device.name(), device.model(), device.generation().number(), device.online(),
                    device.firmware(), null, null, null, false, null, null, null);
        }
        return new DeviceView(device.id(), device.name(), device.model(), device.generation().number(), device.online(),
                firmware.currentVersion(), firmware.currentBuild(), firmware.stableVersion(), firmware.betaVersion(),
                firmware.behind(), firmware.behindSince(), firmware.checkedAt(), firmware.checkError());
    }
}

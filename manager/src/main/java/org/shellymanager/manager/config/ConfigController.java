package org.shellymanager.manager.config;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Snapshots, diffs, desired state and overrides of one device. */
@RestController
@RequestMapping("/api/v1/config/devices/{deviceId}")
class ConfigController {

    private final SnapshotService snapshots;
    private final TemplateService templates;
    private final DesiredStates desiredStates;
    private final InventoryService inventory;

    ConfigController(SnapshotService snapshots, TemplateService templates, DesiredStates desiredStates, InventoryService inventory) {
        this.snapshots = snapshots;
        this.templates = templates;
        this.desiredStates = desiredStates;
        this.inventory = inventory;
    }

    /** Reads the device's configuration now; a new version only when it changed. */
    @PostMapping("/pull")
    @RequiresRole(Role.OPERATOR)
    SnapshotView pull(@PathVariable String deviceId) {
        return SnapshotView.of(snapshots.pull(deviceId), true);
    }

    @GetMapping("/snapshots")
    @RequiresRole(Role.VIEWER)
    Page<SnapshotView> history(@PathVariable String deviceId, @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<Snapshot> found = snapshots.history(deviceId, page, size);
        return new Page<>(found.items().stream().map(s -> SnapshotView.of(s, false)).toList(), found.total(), page, size);
    }

    /** Field changes between two versions (default: the two newest). */
    @GetMapping("/diff")
    @RequiresRole(Role.VIEWER)
    DiffView diff(@PathVariable String deviceId, @RequestParam(required = false) Integer from,
                  @RequestParam(required = false) Integer to) {
        List<Snapshot> newest = snapshots.history(deviceId, 0, 2).items();
        if (newest.isEmpty()) {
            throw new ManagerException(ErrorCode.CONFIG_SNAPSHOT_NOT_FOUND, "Device " + deviceId
                    + " has no snapshot yet; pull its configuration first.");
        }
        Snapshot toSnapshot = to == null ? newest.getFirst() : version(deviceId, to);
        Snapshot fromSnapshot = from != null ? version(deviceId, from) : newest.size() > 1 ? newest.get(1) : newest.getFirst();
        return new DiffView(deviceId, fromSnapshot.version(), toSnapshot.version(),
                snapshots.diff(fromSnapshot.id(), toSnapshot.id()));
    }

    private Snapshot version(String deviceId, int version) {
        return snapshots.version(deviceId, version).orElseThrow(() -> new ManagerException(ErrorCode.CONFIG_SNAPSHOT_NOT_FOUND,
                "Device " + deviceId + " has no configuration version " + version + "."));
    }

    /** The desired state from the layers, with the origin of each value, and where the latest snapshot differs. */
    @GetMapping("/desired")
    @RequiresRole(Role.VIEWER)
    DesiredView desired(@PathVariable String deviceId) {
        Device device = inventory.get(deviceId);
        Snapshot actual = snapshots.latest(deviceId).orElseThrow(() -> new ManagerException(ErrorCode.CONFIG_SNAPSHOT_NOT_FOUND,
                "Device " + deviceId + " has no snapshot yet; pull its configuration first."));
        DesiredState desired = desiredStates.of(device, actual);
        return new DesiredView(deviceId, actual.version(), desired.values(), desired.problems(), desiredStates.drift(desired, actual));
    }

    @GetMapping("/overrides")
    @RequiresRole(Role.VIEWER)
    OverridesBody overrides(@PathVariable String deviceId) {
        inventory.get(deviceId);
        DeviceOverrides overrides = templates.overrides(deviceId);
        return new OverridesBody(overrides.settings().toJson(), overrides.variables());
    }

    @PutMapping("/overrides")
    @RequiresRole(Role.OPERATOR)
    OverridesBody setOverrides(@PathVariable String deviceId, @RequestBody OverridesBody body) {
        inventory.get(deviceId);
        templates.setOverrides(deviceId, new DeviceOverrides(TemplateSettings.parse(body.settings()),
                body.variables() == null ? Map.of() : body.variables()));
        return overrides(deviceId);
    }

    record DiffView(String deviceId, int from, int to, List<FieldChange> changes) {
    }

    record DesiredView(String deviceId, int snapshotVersion, List<DesiredState.Value> values,
                       List<DesiredState.Problem> problems, List<DriftField> drift) {
    }

    record OverridesBody(JsonNode settings, Map<String, String> variables) {
    }
}

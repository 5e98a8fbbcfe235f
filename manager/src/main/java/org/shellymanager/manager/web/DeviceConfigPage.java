package org.shellymanager.manager.web;

import java.util.List;

import org.shellymanager.manager.config.DriftReport;
import org.shellymanager.manager.config.DriftService;
import org.shellymanager.manager.config.FieldChange;
import org.shellymanager.manager.config.Snapshot;
import org.shellymanager.manager.config.SnapshotService;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One device's configuration: desired against actual from the latest drift check, and its snapshot history with diffs. */
@Controller
class DeviceConfigPage {

    static final int SNAPSHOTS_SHOWN = 20;

    private final InventoryService inventory;
    private final SnapshotService snapshots;
    private final DriftService drift;

    DeviceConfigPage(InventoryService inventory, SnapshotService snapshots, DriftService drift) {
        this.inventory = inventory;
        this.snapshots = snapshots;
        this.drift = drift;
    }

    /**
     * @param from snapshot version to compare from (default: the one before {@code to})
     * @param to   snapshot version to compare to (default: the newest)
     */
    @GetMapping("/devices/{id}/config")
    @RequiresRole(Role.VIEWER)
    String config(@PathVariable String id, @RequestParam(required = false) Integer from,
                  @RequestParam(required = false) Integer to, Model model) {
        Device device = inventory.get(id);
        List<Snapshot> history = snapshots.history(id, 0, SNAPSHOTS_SHOWN).items();
        Snapshot newer = to == null ? (history.isEmpty() ? null : history.getFirst()) : version(id, to);
        Snapshot older = from != null ? version(id, from) : newer == null ? null : history.stream()
                .filter(s -> s.version() < newer.version()).findFirst().orElse(null);
        List<FieldChange> changes = newer == null || older == null ? List.of() : snapshots.diff(older.id(), newer.id());
        DriftReport report = drift.latest().orElse(null);
        model.addAttribute("device", device);
        model.addAttribute("label", ConfigPage.label(device));
        model.addAttribute("history", history);
        model.addAttribute("newer", newer);
        model.addAttribute("older", older);
        model.addAttribute("changes", changes);
        model.addAttribute("report", report);
        model.addAttribute("drift", report == null ? List.of()
                : report.entries().stream().filter(e -> e.deviceId().equals(id)).toList());
        return "device-config";
    }

    @PostMapping("/devices/{id}/config/pull")
    @RequiresRole(Role.OPERATOR)
    String pull(@PathVariable String id) {
        snapshots.pull(id);
        return "redirect:/devices/" + id + "/config";
    }

    private Snapshot version(String id, int version) {
        return snapshots.version(id, version).orElseThrow(() -> new ManagerException(ErrorCode.CONFIG_SNAPSHOT_NOT_FOUND,
                "Device " + id + " has no configuration version " + version + "."));
    }
}

package org.shellymanager.manager.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shellymanager.manager.config.DeviceSelection;
import org.shellymanager.manager.config.DriftReport;
import org.shellymanager.manager.config.DriftService;
import org.shellymanager.manager.config.SyncResult;
import org.shellymanager.manager.config.SyncService;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DeviceQuery;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Configuration: the fleet's drift report, sync with a dry-run diff before the real run, and the template editor. */
@Controller
class ConfigPage {

    /** Devices offered for a template preview. */
    static final int PREVIEW_DEVICES = 200;

    private final DriftService drift;
    private final SyncService sync;
    private final InventoryService inventory;

    ConfigPage(DriftService drift, SyncService sync, InventoryService inventory) {
        this.drift = drift;
        this.sync = sync;
        this.inventory = inventory;
    }

    @GetMapping("/config")
    @RequiresRole(Role.VIEWER)
    String config(Model model) {
        DriftReport report = drift.latest().orElse(null);
        model.addAttribute("report", report);
        model.addAttribute("names", report == null ? Map.of() : names(report.entries().stream().map(DriftReport.Entry::deviceId).toList()));
        return "config";
    }

    @PostMapping("/config/drift")
    @RequiresRole(Role.OPERATOR)
    String runDrift(Principal principal) {
        drift.run(new DeviceSelection(null, null, null, null, null, true), by(principal));
        return "redirect:/config";
    }

    /** The dry run: what a sync of the selection would change, device by device, before anything is sent. */
    @PostMapping("/config/sync/preview")
    @RequiresRole(Role.OPERATOR)
    String preview(@RequestParam(required = false) List<String> ids, @RequestParam(required = false) String tag,
                   @RequestParam(required = false) String model, @RequestParam(required = false) String q,
                   @RequestParam(defaultValue = "false") boolean all, Model page) {
        DeviceSelection selection = selection(ids, tag, model, q, all);
        List<SyncResult> plan = sync.plan(selection);
        page.addAttribute("plan", plan);
        page.addAttribute("selection", selection);
        page.addAttribute("names", names(plan.stream().map(SyncResult::deviceId).toList()));
        page.addAttribute("changing", plan.stream().filter(r -> !r.changes().isEmpty()).count());
        return "config-sync";
    }

    @PostMapping("/config/sync")
    @RequiresRole(Role.OPERATOR)
    String sync(@RequestParam(required = false) List<String> ids, @RequestParam(required = false) String tag,
                @RequestParam(required = false) String model, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "false") boolean all, Principal principal) {
        Job job = sync.start(selection(ids, tag, model, q, all), null, by(principal));
        return "redirect:/jobs/" + job.id();
    }

    @GetMapping("/config/templates")
    @RequiresRole(Role.VIEWER)
    String templates(Model model) {
        model.addAttribute("devices", inventory.list(new DeviceQuery(null, null, null, null, null, null, null, null,
                "name,asc", 0, Math.min(PREVIEW_DEVICES, Page.MAX_SIZE))).items());
        return "config-templates";
    }

    private static DeviceSelection selection(List<String> ids, String tag, String model, String q, boolean all) {
        return new DeviceSelection(ids, blankToNull(tag), null, blankToNull(model), blankToNull(q), all);
    }

    private Map<String, String> names(List<String> ids) {
        return ids.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> inventory.find(id).map(ConfigPage::label).orElse(id)));
    }

    static String label(Device device) {
        return device.name() == null || device.name().isBlank() ? device.id() : device.name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String by(Principal principal) {
        return principal == null ? "ui" : principal.getName();
    }
}

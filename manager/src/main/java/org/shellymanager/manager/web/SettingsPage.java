package org.shellymanager.manager.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.shellymanager.device.Credentials;
import org.shellymanager.manager.exchange.ExportScheduleService;
import org.shellymanager.manager.exchange.ExportService;
import org.shellymanager.manager.exchange.ExportWebhook;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.inventory.FleetCredentials;
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

/**
 * Settings: the fleet's default device login (the password is never shown), scheduled exports and the export
 * webhook (its secret is never shown), and the colour theme.
 */
@Controller
class SettingsPage {

    private final FleetCredentials fleetCredentials;
    private final ExportScheduleService exportSchedules;
    private final ExportService exports;
    private final ExportWebhook exportWebhook;

    SettingsPage(FleetCredentials fleetCredentials, ExportScheduleService exportSchedules, ExportService exports,
                 ExportWebhook exportWebhook) {
        this.fleetCredentials = fleetCredentials;
        this.exportSchedules = exportSchedules;
        this.exports = exports;
        this.exportWebhook = exportWebhook;
    }

    @GetMapping("/settings")
    @RequiresRole(Role.VIEWER)
    String settings(Model model) {
        model.addAttribute("defaultUser", fleetCredentials.find().map(Credentials::username).orElse(null));
        model.addAttribute("exportSchedules", exportSchedules.list());
        model.addAttribute("exporters", exports.exporters().stream().map(Exporter::name).toList());
        model.addAttribute("exportWebhook", exportWebhook.find().orElse(null));
        return "settings";
    }

    /** Adds an export schedule; every problem with it is shown in the flash area. */
    @PostMapping("/settings/export-schedules")
    @RequiresRole(Role.ADMIN)
    String addExportSchedule(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String exporter,
                             @RequestParam(defaultValue = "") String format, @RequestParam(defaultValue = "") String options,
                             @RequestParam(defaultValue = "") String directory, @RequestParam(defaultValue = "") String schedule,
                             @RequestParam(defaultValue = "7") int keepLast, HttpServletResponse response) {
        exportSchedules.create(new ExportScheduleService.Spec(name, exporter, format, options(options), directory, schedule,
                keepLast, true));
        response.setHeader("HX-Redirect", "/settings");
        return "fragments/layout :: flash";
    }

    @PostMapping("/settings/export-schedules/{id}/run")
    @RequiresRole(Role.OPERATOR)
    String runExportSchedule(@PathVariable String id, Principal principal) {
        exportSchedules.run(exportSchedules.get(id), principal == null ? "web" : principal.getName());
        return "redirect:/settings";
    }

    @PostMapping("/settings/export-schedules/{id}/delete")
    @RequiresRole(Role.ADMIN)
    String deleteExportSchedule(@PathVariable String id) {
        exportSchedules.delete(id);
        return "redirect:/settings";
    }

    /** Sets the export webhook; an empty secret field keeps the secret set, unless asked to remove it. */
    @PostMapping("/settings/export-webhook")
    @RequiresRole(Role.ADMIN)
    String setExportWebhook(@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String secret,
                            @RequestParam(defaultValue = "false") boolean removeSecret, HttpServletResponse response) {
        exportWebhook.set(url, removeSecret ? "" : secret.isEmpty() ? null : secret);
        response.setHeader("HX-Redirect", "/settings");
        return "fragments/layout :: flash";
    }

    @PostMapping("/settings/export-webhook/clear")
    @RequiresRole(Role.ADMIN)
    String clearExportWebhook() {
        exportWebhook.remove();
        return "redirect:/settings";
    }

    /** Option values written one per line as {@code name=value}. */
    private static Map<String, String> options(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new ManagerException(ErrorCode.EXPORT_SCHEDULE_INVALID, "Write each option as name=value on a line of "
                        + "its own; '" + line.strip() + "' is not.");
            }
            options.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return options;
    }

    @PostMapping("/settings/default-credentials")
    @RequiresRole(Role.ADMIN)
    String setDefault(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password) {
        if (username.isBlank() || password.isEmpty()) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "Enter both a username and a password for the fleet default login.");
        }
        fleetCredentials.set(new Credentials(username.strip(), password));
        return "redirect:/settings";
    }

    @PostMapping("/settings/default-credentials/clear")
    @RequiresRole(Role.ADMIN)
    String clearDefault() {
        fleetCredentials.clear();
        return "redirect:/settings";
    }
}

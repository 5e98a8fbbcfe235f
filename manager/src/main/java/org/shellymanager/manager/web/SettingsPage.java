package org.shellymanager.manager.web;

import org.shellymanager.device.Credentials;
import org.shellymanager.manager.inventory.FleetCredentials;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Settings: the fleet's default device login (the password is never shown) and the colour theme. */
@Controller
class SettingsPage {

    private final FleetCredentials fleetCredentials;

    SettingsPage(FleetCredentials fleetCredentials) {
        this.fleetCredentials = fleetCredentials;
    }

    @GetMapping("/settings")
    @RequiresRole(Role.VIEWER)
    String settings(Model model) {
        model.addAttribute("defaultUser", fleetCredentials.find().map(Credentials::username).orElse(null));
        return "settings";
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

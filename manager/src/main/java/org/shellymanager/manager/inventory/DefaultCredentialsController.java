package org.shellymanager.manager.inventory;

import org.shellymanager.device.Credentials;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The fleet default login. The password is write-only: reading shows only whether one is set and for which user. */
@RestController
@RequiresRole(Role.ADMIN)
@RequestMapping("/api/v1/settings/default-credentials")
class DefaultCredentialsController {

    private final FleetCredentials fleetCredentials;

    DefaultCredentialsController(FleetCredentials fleetCredentials) {
        this.fleetCredentials = fleetCredentials;
    }

    @GetMapping
    State get() {
        return fleetCredentials.find().map(c -> new State(true, c.username())).orElse(new State(false, null));
    }

    @PutMapping
    State put(@RequestBody Credentials credentials) {
        fleetCredentials.set(credentials);
        return new State(true, credentials.username());
    }

    @DeleteMapping
    ResponseEntity<Void> clear() {
        fleetCredentials.clear();
        return ResponseEntity.noContent().build();
    }

    record State(boolean configured, String username) {
    }
}

package org.shellymanager.manager.config;

import java.util.List;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stored secrets templates refer to; values go in and never come out. */
@RestController
@RequestMapping("/api/v1/config/secrets")
class SecretController {

    private final SecretService secrets;

    SecretController(SecretService secrets) {
        this.secrets = secrets;
    }

    @GetMapping
    @RequiresRole(Role.ADMIN)
    List<String> names() {
        return secrets.names();
    }

    @PutMapping("/{name}")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<Void> put(@PathVariable String name, @RequestBody SecretBody body) {
        if (!name.matches("[A-Za-z0-9_.-]{1,128}") || body.value() == null || body.value().isEmpty()
                || body.value().length() > 256) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "a secret needs a name of 1-128 letters, digits, '_', "
                    + "'.' or '-', and a value of 1-256 characters");
        }
        secrets.put(name, body.value());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{name}")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<Void> delete(@PathVariable String name) {
        secrets.delete(name);
        return ResponseEntity.noContent().build();
    }

    record SecretBody(String value) {

        @Override
        public String toString() {
            return "SecretBody[value=****]";
        }
    }
}

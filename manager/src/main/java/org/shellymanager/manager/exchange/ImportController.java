package org.shellymanager.manager.exchange;

import java.security.Principal;
import java.util.Locale;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports a file (JSON export, TOML file or ZIP of the TOML tree, CSV) sent as the request body, of any content
 * type: the format is recognised from the content.
 */
@RestController
class ImportController {

    static final int MAX_BYTES = 64 * 1024 * 1024;

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/api/v1/imports")
    @RequiresRole(Role.ADMIN)
    ImportPlan run(@RequestBody byte[] content, @RequestParam(defaultValue = "skip") String policy,
                   @RequestParam(defaultValue = "false") boolean dryRun, Principal principal) {
        if (content.length > MAX_BYTES) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "The file is larger than " + MAX_BYTES / 1024 / 1024 + " MiB.");
        }
        ImportService.Policy chosen;
        try {
            chosen = ImportService.Policy.valueOf(policy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ImportService.unknownPolicy(policy);
        }
        return imports.run(content, chosen, dryRun, principal == null ? "api" : principal.getName());
    }
}

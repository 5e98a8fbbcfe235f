package org.shellymanager.manager.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Drift runs and their reports. */
@RestController
@RequestMapping("/api/v1/config/drift")
class DriftController {

    private final DriftService drift;

    DriftController(DriftService drift) {
        this.drift = drift;
    }

    /** Checks the selected devices now (the body selects as for sync); answers the stored report. */
    @PostMapping
    @RequiresRole(Role.OPERATOR)
    DriftReport run(@RequestBody SyncController.SyncRequest request) {
        return drift.run(request.selection(), "api");
    }

    @GetMapping("/reports")
    @RequiresRole(Role.VIEWER)
    Page<DriftReport> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return drift.list(page, size);
    }

    @GetMapping("/reports/latest")
    @RequiresRole(Role.VIEWER)
    DriftReport latest() {
        return drift.latest().orElseThrow(() -> new ManagerException(ErrorCode.CONFIG_DRIFT_REPORT_NOT_FOUND,
                "No drift run yet; start one with POST /api/v1/config/drift."));
    }

    @GetMapping("/reports/{id}")
    @RequiresRole(Role.VIEWER)
    DriftReport get(@PathVariable String id) {
        return drift.get(id);
    }
}

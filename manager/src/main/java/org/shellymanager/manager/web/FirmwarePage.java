package org.shellymanager.manager.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import org.shellymanager.manager.firmware.DeviceSelector;
import org.shellymanager.manager.firmware.FirmwareCache;
import org.shellymanager.manager.firmware.FirmwareFile;
import org.shellymanager.manager.firmware.FirmwareTracking;
import org.shellymanager.manager.firmware.FleetFirmware;
import org.shellymanager.manager.firmware.RolloutService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Firmware: the versions per model and who is behind, the LAN firmware cache with uploads, and the rollouts. */
@Controller
class FirmwarePage {

    private final FleetFirmware fleet;
    private final FirmwareTracking tracking;
    private final FirmwareCache cache;
    private final RolloutService rollouts;

    FirmwarePage(FleetFirmware fleet, FirmwareTracking tracking, FirmwareCache cache, RolloutService rollouts) {
        this.fleet = fleet;
        this.tracking = tracking;
        this.cache = cache;
        this.rollouts = rollouts;
    }

    @GetMapping("/firmware")
    @RequiresRole(Role.VIEWER)
    String firmware(Model model) {
        model.addAttribute("summary", fleet.summary());
        model.addAttribute("files", cache.list());
        model.addAttribute("rollouts", rollouts.list());
        return "firmware";
    }

    /** Asks every device which firmware it is offered, as a job the jobs page follows. */
    @PostMapping("/firmware/check")
    @RequiresRole(Role.OPERATOR)
    String check(Principal principal) {
        Job job = tracking.startCheck(DeviceSelector.all(), principal == null ? "ui" : principal.getName());
        return "redirect:/jobs/" + job.id();
    }

    /**
     * Adds an uploaded file to the cache once its SHA-256 matches the one entered; answers the cache list with
     * the checksum that was verified, or the problem (nothing is kept then).
     */
    @PostMapping("/firmware/files")
    @RequiresRole(Role.ADMIN)
    String upload(@RequestParam String model, @RequestParam String version, @RequestParam String sha256,
                  @RequestParam("file") MultipartFile upload, Model page) throws IOException {
        if (upload.isEmpty() || upload.getOriginalFilename() == null) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "Choose a firmware file to upload.");
        }
        FirmwareFile added;
        try (InputStream content = upload.getInputStream()) {
            added = cache.add(new FirmwareCache.Upload(model, version, sha256, fileName(upload.getOriginalFilename())),
                    content);
        }
        page.addAttribute("files", cache.list());
        page.addAttribute("added", added);
        return "firmware :: cache";
    }

    /** The last part of the name the browser sent, as the cache's file name rules want it. */
    private static String fileName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        return name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[._-]+", "");
    }
}

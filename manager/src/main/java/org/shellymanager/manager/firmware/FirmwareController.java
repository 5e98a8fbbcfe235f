package org.shellymanager.manager.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobView;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Firmware tracking (per device and per model), update checks, and the LAN firmware cache. */
@RestController
@RequestMapping("/api/v1/firmware")
class FirmwareController {

    private final FleetFirmware fleet;
    private final FirmwareTracking tracking;
    private final FirmwareCache cache;
    private final FirmwareImport importer;

    FirmwareController(FleetFirmware fleet, FirmwareTracking tracking, FirmwareCache cache, FirmwareImport importer) {
        this.fleet = fleet;
        this.tracking = tracking;
        this.cache = cache;
        this.importer = importer;
    }

    /** Per model: the versions running, how many devices are behind the stable version offered, and since when. */
    @GetMapping("/status")
    @RequiresRole(Role.VIEWER)
    FleetFirmware.Summary status() {
        return fleet.summary();
    }

    @GetMapping("/devices")
    @RequiresRole(Role.VIEWER)
    Page<FleetFirmware.DeviceView> devices(@RequestParam(required = false) String model,
                                           @RequestParam(required = false) String tag,
                                           @RequestParam(required = false) String room,
                                           @RequestParam(required = false) Boolean behind,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        List<FleetFirmware.DeviceView> all = fleet.devices(new DeviceSelector(model, tag, room, null, null, null)).stream()
                .filter(d -> behind == null || d.behind() == behind).toList();
        int from = (int) Math.min(all.size(), Page.offset(page, size));
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, size);
    }

    /** Starts a job that asks the selected devices (all when no body is sent) what they are offered. */
    @PostMapping("/checks")
    @RequiresRole(Role.OPERATOR)
    ResponseEntity<JobView> check(@Valid @RequestBody(required = false) DeviceSelector devices) {
        Job job = tracking.startCheck(devices == null ? DeviceSelector.all() : devices, "api");
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/jobs/" + job.id()).body(JobView.of(job));
    }

    @GetMapping("/files")
    @RequiresRole(Role.VIEWER)
    List<FirmwareFile> files() {
        return cache.list();
    }

    @GetMapping("/files/{id}")
    @RequiresRole(Role.VIEWER)
    FirmwareFile file(@PathVariable String id) {
        return cache.get(id);
    }

    /**
     * Adds a file sent as the raw body (any content type; {@code application/octet-stream} is usual); refused and
     * not kept unless its SHA-256 is the one given.
     */
    @PostMapping("/files")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<FirmwareFile> upload(@RequestParam String model, @RequestParam String version,
                                        @RequestParam String sha256, @RequestParam String fileName,
                                        InputStream body) throws IOException {
        FirmwareFile file = cache.add(new FirmwareCache.Upload(model, version, sha256, fileName), body);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/firmware/files/" + file.id()).body(file);
    }

    /** Imports the files a folder's {@code firmware.json} lists; each is added or refused on its own. */
    @PostMapping("/files/import")
    @RequiresRole(Role.ADMIN)
    List<FirmwareImport.Outcome> importFolder(@RequestBody ImportRequest request) {
        return importer.importFolder(request.folder());
    }

    @DeleteMapping("/files/{id}")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<Void> delete(@PathVariable String id) {
        cache.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** @param folder a folder under {@code shelly-manager.firmware.import-dir} */
    record ImportRequest(String folder) {
    }
}

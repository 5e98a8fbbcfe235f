package org.shellymanager.manager.config;

import java.util.List;
import java.util.Map;

import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sync, restore and password rotation: dry runs answer at once, real runs are jobs. */
@RestController
@RequestMapping("/api/v1/config")
class SyncController {

    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 64;

    private final SyncService sync;
    private final PasswordRotation rotation;
    private final JobService jobs;

    SyncController(SyncService sync, PasswordRotation rotation, JobService jobs) {
        this.sync = sync;
        this.rotation = rotation;
        this.jobs = jobs;
    }

    /** With {@code dryRun: true} answers the plan per device (200); otherwise starts the sync job (202). */
    @PostMapping("/sync")
    @RequiresRole(Role.OPERATOR)
    ResponseEntity<?> sync(@RequestBody SyncRequest request) {
        DeviceSelection selection = request.selection();
        if (request.dry()) {
            return ResponseEntity.ok(new Plan(sync.plan(selection)));
        }
        return accepted(sync.start(selection, request.restart(), "api"));
    }

    @PostMapping("/restore")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<?> restore(@RequestBody RestoreRequest request) {
        if (request.snapshotId() == null || request.deviceId() == null) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "snapshotId and deviceId (the device to write it to) are required");
        }
        if (Boolean.TRUE.equals(request.dryRun())) {
            return ResponseEntity.ok(new Plan(List.of(sync.planRestore(request.snapshotId(), request.deviceId()))));
        }
        return accepted(sync.restore(request.snapshotId(), request.deviceId(), request.restart(), "api"));
    }

    @PostMapping("/password-rotations")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<?> rotate(@RequestBody RotationRequest request) {
        String password = request.password();
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD
                || !password.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "password must be " + MIN_PASSWORD + "-" + MAX_PASSWORD
                    + " printable ASCII characters without spaces",
                    Map.of("errors", List.of(Map.of("field", "password", "message", "must be " + MIN_PASSWORD + "-"
                            + MAX_PASSWORD + " printable ASCII characters without spaces"))));
        }
        return accepted(rotation.start(request.selection(), password, "api"));
    }

    private ResponseEntity<?> accepted(Job job) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.get(job.id()));
    }

    record SyncRequest(List<String> ids, String tag, String room, String model, String q, Boolean all, Boolean dryRun,
                       RestartPolicy restart) {

        DeviceSelection selection() {
            return new DeviceSelection(ids, tag, room, model, q, Boolean.TRUE.equals(all));
        }

        boolean dry() {
            return Boolean.TRUE.equals(dryRun);
        }
    }

    record RestoreRequest(String snapshotId, String deviceId, Boolean dryRun, RestartPolicy restart) {
    }

    record RotationRequest(List<String> ids, String tag, String room, String model, String q, Boolean all, String password) {

        DeviceSelection selection() {
            return new DeviceSelection(ids, tag, room, model, q, Boolean.TRUE.equals(all));
        }

        @Override
        public String toString() {
            return "RotationRequest[password=****]";
        }
    }

    record Plan(List<SyncResult> devices) {
    }
}

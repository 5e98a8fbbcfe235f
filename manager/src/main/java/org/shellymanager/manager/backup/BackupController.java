package org.shellymanager.manager.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.shellymanager.manager.config.RestartPolicy;
import org.shellymanager.manager.config.Snapshot;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobView;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Backups and restore, for admins. Passphrases travel in the {@code X-Archive-Passphrase} header, never in a URL;
 * archives are uploaded as the raw request body ({@code application/octet-stream}).
 */
@RestController
@RequestMapping("/api/v1")
@RequiresRole(Role.ADMIN)
class BackupController {

    static final String PASSPHRASE = "X-Archive-Passphrase";
    private static final String STARTED_BY = "api";

    private final BackupService backups;
    private final BackupJobs jobs;
    private final DeviceRestore devices;

    BackupController(BackupService backups, BackupJobs jobs, DeviceRestore devices) {
        this.backups = backups;
        this.jobs = jobs;
        this.devices = devices;
    }

    /**
     * Writes a backup as a job: {@code FULL} (the default), {@code INCREMENTAL} or {@code DIFFERENTIAL}. Answers 201
     * with the archive once written; with {@code wait=false} at once 202 with the job to follow.
     */
    @PostMapping("/backups")
    ResponseEntity<?> create(@RequestParam(defaultValue = "FULL") BackupType type, @RequestParam(defaultValue = "true") boolean wait,
                             @RequestHeader(name = PASSPHRASE, required = false) String passphrase) {
        BackupJobs.Submitted<BackupService.BackupFile> submitted = jobs.backup(type, chars(passphrase), STARTED_BY);
        if (!wait) {
            return accepted(submitted.job());
        }
        BackupService.BackupFile file = jobs.await(submitted);
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/v1/backups/" + file.name()).body(file);
    }

    @GetMapping("/backups")
    List<BackupService.BackupFile> list() {
        return backups.list();
    }

    @GetMapping(path = "/backups/{name}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<Resource> download(@PathVariable String name) {
        Path path = backups.path(name);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(path));
    }

    /** Verifies a stored archive together with the archives of its chain before it. */
    @PostMapping("/backups/{name}/verify")
    RestoreReport verifyStored(@PathVariable String name, @RequestHeader(name = PASSPHRASE, required = false) String passphrase) {
        return backups.verifyStored(name, chars(passphrase));
    }

    /**
     * Restores a stored archive into this server's empty database, with the full backup its chain starts with and
     * every archive in between; {@code sections} restores only those. Answers the report once done; with
     * {@code wait=false} at once 202 with the job to follow, whose results give the rows per table.
     */
    @PostMapping("/backups/{name}/restore")
    ResponseEntity<?> restoreStored(@PathVariable String name, @RequestParam(defaultValue = "false") boolean dryRun,
                                    @RequestParam(required = false) Set<String> sections,
                                    @RequestParam(defaultValue = "true") boolean wait,
                                    @RequestHeader(name = PASSPHRASE, required = false) String passphrase) {
        backups.path(name);
        BackupJobs.Submitted<RestoreReport> submitted = jobs.restoreStored(name, chars(passphrase),
                sections == null ? Set.of() : sections, dryRun, STARTED_BY);
        if (!wait) {
            return accepted(submitted.job());
        }
        return ResponseEntity.ok(jobs.await(submitted));
    }

    @Operation(requestBody = @RequestBody(required = true, description = "the .sma archive",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary"))))
    @PostMapping(path = "/backups/verify", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    RestoreReport verifyUpload(InputStream archive,
                               @RequestHeader(name = PASSPHRASE, required = false) String passphrase) throws IOException {
        Path file = upload(archive);
        try {
            return backups.verify(file, chars(passphrase));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Stores an uploaded archive in the backup directory (201; 200 when the same archive is there already), so that a
     * chain of archives from another server, uploaded one by one, restores by the name of its last one.
     */
    @Operation(requestBody = @RequestBody(required = true, description = "the .sma archive",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary"))))
    @PutMapping(path = "/backups/{name}", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<BackupService.BackupFile> store(@PathVariable String name, InputStream archive) {
        BackupService.Stored stored = backups.store(name, archive);
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK).body(stored.file());
    }

    /** Restores an uploaded archive into this server's empty database; {@code sections} restores only those. */
    @Operation(requestBody = @RequestBody(required = true, description = "the .sma archive",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary"))))
    @PostMapping(path = "/restore", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    RestoreReport restore(InputStream archive, @RequestParam(defaultValue = "false") boolean dryRun,
                          @RequestParam(required = false) Set<String> sections,
                          @RequestHeader(name = PASSPHRASE, required = false) String passphrase) throws IOException {
        Path file = upload(archive);
        return jobs.await(jobs.restoreUpload(file, chars(passphrase), sections == null ? Set.of() : sections, dryRun, STARTED_BY));
    }

    /**
     * Writes a device's configuration snapshot from a stored archive onto the device ({@code target}: onto a
     * replacement of the same model instead): the newest snapshot of the device in the archive, or {@code snapshot}.
     * Answers 202 with the sync job; with {@code dryRun} 200 with what would be sent.
     */
    @PostMapping("/backups/{name}/devices/{deviceId}/restore")
    ResponseEntity<?> restoreDevice(@PathVariable String name, @PathVariable String deviceId,
                                    @RequestParam(required = false) String snapshot, @RequestParam(required = false) String target,
                                    @RequestParam(defaultValue = "false") boolean dryRun,
                                    @RequestParam(required = false) RestartPolicy restart,
                                    @RequestHeader(name = PASSPHRASE, required = false) String passphrase) {
        Snapshot archived = devices.snapshot(name, chars(passphrase), deviceId, snapshot);
        String onto = target == null ? deviceId : target;
        if (dryRun) {
            return ResponseEntity.ok(devices.plan(archived, onto));
        }
        return accepted(devices.start(archived, onto, restart, STARTED_BY));
    }

    /** 202 with the job to follow. */
    private static ResponseEntity<JobView> accepted(Job job) {
        return ResponseEntity.accepted().header(HttpHeaders.LOCATION, "/api/v1/jobs/" + job.id()).body(JobView.of(job));
    }

    private static Path upload(InputStream body) throws IOException {
        Path file = Files.createTempFile("upload-", ".sma");
        Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private static char[] chars(String passphrase) {
        return passphrase == null || passphrase.isEmpty() ? null : passphrase.toCharArray();
    }
}

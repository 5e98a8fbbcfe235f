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

    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/backups")
    ResponseEntity<BackupService.BackupFile> create(@RequestHeader(name = PASSPHRASE, required = false) String passphrase) {
        BackupService.BackupFile file = backups.create(chars(passphrase), rows -> { });
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

    @PostMapping("/backups/{name}/verify")
    RestoreReport verifyStored(@PathVariable String name, @RequestHeader(name = PASSPHRASE, required = false) String passphrase) {
        return backups.verify(backups.path(name), chars(passphrase));
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

    /** Restores an uploaded archive into this server's empty database; {@code sections} restores only those. */
    @Operation(requestBody = @RequestBody(required = true, description = "the .sma archive",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary"))))
    @PostMapping(path = "/restore", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    RestoreReport restore(InputStream archive, @RequestParam(defaultValue = "false") boolean dryRun,
                          @RequestParam(required = false) Set<String> sections,
                          @RequestHeader(name = PASSPHRASE, required = false) String passphrase) throws IOException {
        Path file = upload(archive);
        try {
            return backups.restore(file, chars(passphrase), sections == null ? Set.of() : sections, dryRun, rows -> { });
        } finally {
            Files.deleteIfExists(file);
        }
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

package org.shellymanager.manager.firmware;

import java.time.Instant;

/**
 * A firmware file in the LAN cache.
 *
 * @param sha256 the SHA-256 of the content, 64 lower-case hex digits, checked on the way in and before every download
 * @param token  the unguessable part of the file's download path, the only thing that grants access to it
 */
public record FirmwareFile(String id, String model, String version, String sha256, long size, String fileName,
                           String token, Instant addedAt) {

    public FirmwareFile {
        if (id == null || model == null || version == null || fileName == null || token == null || addedAt == null) {
            throw new IllegalArgumentException("id, model, version, file name, token and time are required");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || size < 0) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits and size not negative");
        }
    }

    /** Where devices download it on the download server. */
    public String downloadPath() {
        return "/firmware/" + token + "/" + fileName;
    }
}

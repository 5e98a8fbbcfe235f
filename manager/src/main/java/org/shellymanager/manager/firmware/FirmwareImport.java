package org.shellymanager.manager.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.ManagerProperties;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports firmware files from a folder under {@code import-dir}: the folder's {@code firmware.json} lists each
 * file with its model, version and SHA-256, and each file is added to the cache on its own (one bad file does
 * not stop the others).
 */
@Component
class FirmwareImport {

    static final String MANIFEST = "firmware.json";

    private final FirmwareCache cache;
    private final JsonMapper json;
    private final Path root;

    FirmwareImport(FirmwareCache cache, JsonMapper json, FirmwareProperties properties, ManagerProperties manager) {
        this.cache = cache;
        this.json = json;
        this.root = (properties.importDir() != null ? properties.importDir() : manager.dataDir().resolve("firmware-import"))
                .toAbsolutePath().normalize();
    }

    /** What became of one manifest entry: {@code ADDED} with the file, or {@code REFUSED} with the reason. */
    record Outcome(String file, String outcome, String message, FirmwareFile added) {
    }

    List<Outcome> importFolder(String folder) {
        Path dir = resolve(folder);
        JsonNode manifest;
        try {
            manifest = json.readTree(dir.resolve(MANIFEST).toFile());
        } catch (JacksonException e) {
            throw invalid(MANIFEST + " in " + dir + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (!manifest.isArray()) {
            throw invalid(MANIFEST + " must be a JSON array of {file, model, version, sha256}");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode entry : manifest) {
            String name = entry.path("file").asString("");
            try {
                FirmwareCache.Upload upload = new FirmwareCache.Upload(entry.path("model").asString(null),
                        entry.path("version").asString(null), entry.path("sha256").asString(null), name);
                try (InputStream in = Files.newInputStream(dir.resolve(upload.fileName()))) {
                    FirmwareFile added = cache.add(upload, in);
                    outcomes.add(new Outcome(name, "ADDED", added.model() + " " + added.version(), added));
                }
            } catch (ManagerException e) {
                outcomes.add(new Outcome(name, "REFUSED", e.code().code() + ": " + e.getMessage(), null));
            } catch (IOException e) {
                outcomes.add(new Outcome(name, "REFUSED", "cannot read the file: " + e.getMessage(), null));
            }
        }
        return outcomes;
    }

    private Path resolve(String folder) {
        if (folder == null || folder.isBlank()) {
            throw invalid("folder is required: a folder under " + root);
        }
        Path dir;
        try {
            dir = root.resolve(folder.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw invalid("not a folder name: " + folder);
        }
        if (!dir.startsWith(root)) {
            throw invalid("firmware is imported only from under " + root + " (shelly-manager.firmware.import-dir), not " + dir);
        }
        if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
            throw invalid("no " + MANIFEST + " in " + dir + "; it lists each file with its model, version and sha256");
        }
        return dir;
    }

    private static ManagerException invalid(String detail) {
        return new ManagerException(ErrorCode.REQUEST_INVALID, detail);
    }
}

package org.shellymanager.manager.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.shellymanager.device.Sha256;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.ManagerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The LAN firmware cache: files with model, version and SHA-256, kept under {@code cache-dir} and served to
 * devices by the {@link FirmwareDownloadServer}. A file whose content does not match its checksum is refused
 * when it comes in and again before every download.
 */
@Service
public class FirmwareCache {

    private static final Logger log = LoggerFactory.getLogger(FirmwareCache.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcFirmwareFileStore store;
    private final FirmwareProperties properties;
    private final Path dir;
    private final Clock clock;

    FirmwareCache(JdbcFirmwareFileStore store, FirmwareProperties properties, ManagerProperties manager, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.dir = (properties.cacheDir() != null ? properties.cacheDir() : manager.dataDir().resolve("firmware"))
                .toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** A file to add: what the user says it is. */
    public record Upload(String model, String version, String sha256, String fileName) {

        public Upload {
            if (model == null || !model.strip().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
                throw invalid("model must be a Shelly model code such as SNSW-001P16EU, was '" + model + "'");
            }
            if (version == null || version.isBlank() || version.length() > 64) {
                throw invalid("version is required (at most 64 characters)");
            }
            if (sha256 == null || !sha256.strip().matches("[0-9a-fA-F]{64}")) {
                throw invalid("sha256 must be the file's SHA-256 as 64 hex digits");
            }
            if (fileName == null || !fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
                throw invalid("fileName must be a plain file name (letters, digits, '.', '_', '-'), was '" + fileName + "'");
            }
            model = model.strip();
            version = FirmwareVersions.version(version);
            sha256 = sha256.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** Stores the content if its SHA-256 matches; nothing is kept otherwise. */
    public FirmwareFile add(Upload upload, InputStream content) {
        if (store.find(upload.model(), upload.version()).isPresent()) {
            throw new ManagerException(ErrorCode.FIRMWARE_FILE_DUPLICATE, "Firmware " + upload.version() + " for "
                    + upload.model() + " is already cached; delete it first to replace it.");
        }
        String id = UUID.randomUUID().toString();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "upload-", ".part");
            long size;
            String actual;
            try (OutputStream out = Files.newOutputStream(temp)) {
                MessageDigest digest = Sha256.newDigest();
                byte[] buffer = new byte[64 * 1024];
                size = 0;
                for (int n; (n = content.read(buffer)) > 0; ) {
                    size += n;
                    if (size > properties.maxFileSize().toBytes()) {
                        throw new ManagerException(ErrorCode.FIRMWARE_FILE_TOO_LARGE, "The file is larger than "
                                + properties.maxFileSize() + " (shelly-manager.firmware.max-file-size).");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                actual = Sha256.hex(digest);
            }
            if (!actual.equals(upload.sha256())) {
                throw mismatch(upload.fileName(), upload.sha256(), actual);
            }
            Files.move(temp, path(id), StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            FirmwareFile file = new FirmwareFile(id, upload.model(), upload.version(), actual, size, upload.fileName(),
                    token(), clock.instant());
            store.insert(file);
            log.info("firmware {} {} cached as {} ({} bytes, sha256 {})", file.model(), file.version(), id, size, actual);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store firmware in " + dir, e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    public List<FirmwareFile> list() {
        return store.list();
    }

    public Optional<FirmwareFile> find(String id) {
        return store.find(id);
    }

    /** @throws ManagerException {@code firmware.file-not-found} */
    public FirmwareFile get(String id) {
        return find(id).orElseThrow(() -> new ManagerException(ErrorCode.FIRMWARE_FILE_NOT_FOUND,
                "No cached firmware file with id " + id + "."));
    }

    public void delete(String id) {
        get(id);
        store.delete(id);
        deleteQuietly(path(id));
        log.info("cached firmware {} deleted", id);
    }

    /** The content for a download token, read whole and checked against its SHA-256; empty when the token is unknown. */
    Optional<byte[]> content(String token) {
        Optional<FirmwareFile> found = store.findByToken(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FirmwareFile file = found.get();
        try {
            byte[] bytes = Files.readAllBytes(path(file.id()));
            String actual = Sha256.hex(bytes);
            if (!actual.equals(file.sha256())) {
                log.error("cached firmware {} ({} {}) no longer matches its checksum; not served", file.id(), file.model(),
                        file.version());
                throw mismatch(file.fileName(), file.sha256(), actual);
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cached firmware " + file.id(), e);
        }
    }

    Path path(String id) {
        return dir.resolve(id + ".bin");
    }

    private static ManagerException mismatch(String name, String expected, String actual) {
        return new ManagerException(ErrorCode.FIRMWARE_CHECKSUM_MISMATCH, "The SHA-256 of " + name + " is " + actual
                + ", not " + expected + "; the file is damaged or not the one meant. It was refused.");
    }

    private static ManagerException invalid(String detail) {
        return new ManagerException(ErrorCode.REQUEST_INVALID, detail);
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("could not delete {}: {}", path, e.getMessage());
        }
    }
}

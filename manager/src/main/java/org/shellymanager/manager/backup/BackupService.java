package org.shellymanager.manager.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.ManagerProperties;
import org.shellymanager.manager.security.SecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Full backups of the database into {@code .sma} archives in the backup directory, their verification, restore
 * into an empty database, scheduled runs and retention.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.sma";

    private final DataSource dataSource;
    private final SecretCipher secrets;
    private final BackupProperties properties;
    private final Path directory;
    private final Clock clock;

    BackupService(DataSource dataSource, SecretCipher secrets, BackupProperties properties, ManagerProperties manager, Clock clock) {
        this.dataSource = dataSource;
        this.secrets = secrets;
        this.properties = properties;
        this.directory = properties.directory(manager.dataDir());
        this.clock = clock;
    }

    /** Writes a full backup to the backup directory. */
    public BackupFile create(char[] passphrase, LongConsumer progress) {
        Instant now = clock.instant();
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve("shelly-manager-" + NAME_TIME.format(now) + ".sma");
            Manifest manifest = new ArchiveWriter(dataSource, secrets, appVersion()).write(target, passphrase, now, progress);
            log.info("backup {} written: {} rows in {} sections, {} bytes{}", target.getFileName(),
                    manifest.sections().stream().mapToLong(Manifest.Section::rows).sum(), manifest.sections().size(),
                    Files.size(target), passphrase == null ? "" : ", encrypted");
            return new BackupFile(target.getFileName().toString(), Files.size(target), manifest);
        } catch (IOException | SQLException e) {
            throw new ManagerException(ErrorCode.SERVER_ERROR, "The backup could not be written to " + directory + ": "
                    + e.getMessage());
        }
    }

    public List<BackupFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<BackupFile> files = new ArrayList<>();
        try (var paths = Files.list(directory)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().matches(NAME_PATTERN)).toList()) {
                try (ArchiveReader reader = ArchiveReader.open(path)) {
                    files.add(new BackupFile(path.getFileName().toString(), Files.size(path), reader.manifest()));
                } catch (ManagerException e) {
                    log.warn("{} in the backup directory is not a readable archive: {}", path.getFileName(), e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing((BackupFile f) -> f.manifest().created()).reversed());
        return files;
    }

    /** @throws ManagerException {@code backup.not-found} */
    public Path path(String name) {
        Path path = directory.resolve(name);
        if (!name.matches(NAME_PATTERN) || !Files.isRegularFile(path)) {
            throw new ManagerException(ErrorCode.BACKUP_NOT_FOUND, "No backup named " + name + " in the backup directory.");
        }
        return path;
    }

    /** Checks every checksum and, when the passphrase is given or not needed, decodes every row. */
    public RestoreReport verify(Path archive, char[] passphrase) {
        try (ArchiveReader reader = ArchiveReader.open(archive)) {
            reader.verifyChecksums();
            return new Restorer(dataSource, secrets).restore(reader, passphrase, Set.of(), true, rows -> { });
        }
    }

    /** Restores the archive, or only the named sections, into this server's database, which must be empty. */
    public RestoreReport restore(Path archive, char[] passphrase, Set<String> sections, boolean dryRun, LongConsumer progress) {
        try (ArchiveReader reader = ArchiveReader.open(archive)) {
            RestoreReport report = new Restorer(dataSource, secrets).restore(reader, passphrase, sections, dryRun, progress);
            log.info("restore of {} {}: {}", archive.getFileName(), dryRun ? "checked (dry run)" : "done", report.rows());
            return report;
        }
    }

    public Optional<BackupFile> newest() {
        return list().stream().findFirst();
    }

    Duration maxAge() {
        return properties.maxAge();
    }

    /** The scheduled backup, when {@code shelly-manager.backup.schedule} is set, followed by retention. */
    @Scheduled(cron = "${shelly-manager.backup.schedule:-}")
    void scheduled() {
        create(properties.passphrase() == null ? null : properties.passphrase().toCharArray(), rows -> { });
        applyRetention();
    }

    /** Deletes the archives retention does not keep; returns their names. */
    public List<String> applyRetention() {
        List<Retention.Archive> archives = list().stream().map(f -> new Retention.Archive(f.name(), f.manifest().created())).toList();
        List<String> deleted = new ArrayList<>();
        for (Retention.Archive archive : Retention.toDelete(archives, properties, clock.instant())) {
            try {
                Files.deleteIfExists(directory.resolve(archive.name()));
                deleted.add(archive.name());
            } catch (IOException e) {
                log.warn("retention could not delete {}: {}", archive.name(), e.getMessage());
            }
        }
        if (!deleted.isEmpty()) {
            log.info("backup retention deleted {}", deleted);
        }
        return deleted;
    }

    static String appVersion() {
        String version = BackupService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** An archive in the backup directory. */
    public record BackupFile(String name, long bytes, Manifest manifest) {
    }
}

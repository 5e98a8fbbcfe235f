package org.shellymanager.manager.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Full backups of the database into {@code .sma} archives in the backup directory, their verification, restore
 * into an empty database, scheduled runs and retention.
 */
@Service
public class BackupService implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.sma";

    private final DataSource dataSource;
    private final SecretCipher secrets;
    private final BackupProperties properties;
    private final Path directory;
    private final Clock clock;
    private final ChangeTracking tracking;

    BackupService(DataSource dataSource, SecretCipher secrets, BackupProperties properties, ManagerProperties manager, Clock clock,
                  ChangeTracking tracking) {
        this.dataSource = dataSource;
        this.tracking = tracking;
        this.secrets = secrets;
        this.properties = properties;
        this.directory = properties.directory(manager.dataDir());
        this.clock = clock;
    }

    /** Removes what a backup stopped in the middle (a killed server) left: its work directory and partial file. */
    @Override
    public void afterPropertiesSet() throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var paths = Files.list(directory)) {
            for (Path work : paths.filter(p -> p.getFileName().toString().startsWith(".sma-") && Files.isDirectory(p)).toList()) {
                try (var files = Files.list(work)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(work);
                log.warn("removed {}, left by a backup that did not finish", work.getFileName());
            }
        }
    }

    /** Writes a full backup to the backup directory. */
    public BackupFile create(char[] passphrase, LongConsumer progress) {
        return create(BackupType.FULL, passphrase, progress);
    }

    /**
     * Writes a backup of the given type to the backup directory: an incremental continues the newest archive of
     * the current chain, a differential the newest full backup. Afterwards the recorded changes older than the
     * newest full backup are pruned.
     *
     * @throws ManagerException {@code backup.chain-broken} when there is no archive this database can continue
     */
    public BackupFile create(BackupType type, char[] passphrase, LongConsumer progress) {
        Instant now = clock.instant();
        try {
            Files.createDirectories(directory);
            Manifest parent = type == BackupType.FULL ? null : parentFor(type);
            String suffix = type == BackupType.FULL ? "" : "-" + type.name().toLowerCase(Locale.ROOT);
            Path target = directory.resolve("shelly-manager-" + NAME_TIME.format(now) + suffix + ".sma");
            Manifest manifest = new ArchiveWriter(dataSource, secrets, appVersion()).write(target, passphrase, now, type, parent,
                    progress);
            log.info("{} backup {} written: {} rows in {} sections, {} bytes{}", type.name().toLowerCase(Locale.ROOT),
                    target.getFileName(), manifest.sections().stream().mapToLong(Manifest.Section::rows).sum(),
                    manifest.sections().size(), Files.size(target), passphrase == null ? "" : ", encrypted");
            pruneChanges();
            return new BackupFile(target.getFileName().toString(), Files.size(target), manifest);
        } catch (IOException | SQLException e) {
            throw new ManagerException(ErrorCode.SERVER_ERROR, "The backup could not be written to " + directory + ": "
                    + e.getMessage());
        }
    }

    /** The archive an incremental or differential backup continues, from this database's current lineage. */
    private Manifest parentFor(BackupType type) throws SQLException {
        ChangeTracking.State state;
        try (Connection connection = dataSource.getConnection()) {
            state = ChangeTracking.state(connection);
        }
        return list().stream().map(BackupFile::manifest)
                .filter(m -> m.chain() != null && m.chain().lineage().equals(state.lineage()))
                .filter(m -> m.chain().changesThrough() >= state.prunedThrough())
                .filter(m -> type == BackupType.INCREMENTAL || m.type() == BackupType.FULL)
                .findFirst()
                .orElseThrow(() -> new ManagerException(ErrorCode.BACKUP_CHAIN_BROKEN, "There is no archive in the backup "
                        + "directory that a " + type.name().toLowerCase(Locale.ROOT) + " backup of this database can continue "
                        + "(none yet, or the database was restored or upgraded since). Take a full backup first."));
    }

    /**
     * Deletes the recorded changes that no chain needs any more: those up to the newest full backup of the current
     * lineage, or all of them when there is none (the next incremental needs a full backup first anyway).
     */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT6H")
    void pruneChanges() {
        try {
            String lineage;
            long highest;
            try (Connection connection = dataSource.getConnection()) {
                lineage = ChangeTracking.state(connection).lineage();
                highest = ChangeTracking.highest(connection);
            }
            long through = list().stream().map(BackupFile::manifest)
                    .filter(m -> m.type() == BackupType.FULL && m.chain() != null && m.chain().lineage().equals(lineage))
                    .findFirst().map(m -> m.chain().changesThrough()).orElse(highest);
            tracking.prune(through);
        } catch (SQLException e) {
            log.warn("recorded changes could not be pruned: {}", e.getMessage());
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

    /**
     * Stores an uploaded archive in the backup directory under {@code name}, once its manifest reads and every
     * checksum matches, so that a chain copied from another server restores by the name of its last archive. A
     * half-received upload is never listed: it is written into a work directory and moved into place when whole.
     * Sending the same archive again is harmless.
     *
     * @throws ManagerException {@code backup.exists} when another archive has that name; {@code archive.corrupt}
     */
    public Stored store(String name, InputStream body) {
        if (!name.matches(NAME_PATTERN)) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "An archive name is letters, digits, '.', '_' and '-', "
                    + "ending in .sma: " + name);
        }
        try {
            Files.createDirectories(directory);
            Path work = Files.createTempDirectory(directory, ".sma-");
            try {
                Path received = work.resolve("upload.sma");
                Files.copy(body, received);
                Manifest manifest;
                try (ArchiveReader reader = ArchiveReader.open(received)) {
                    reader.verifyChecksums();
                    manifest = reader.manifest();
                }
                Path target = directory.resolve(name);
                boolean created = !Files.exists(target);
                if (!created) {
                    if (Files.mismatch(target, received) != -1) {
                        throw new ManagerException(ErrorCode.BACKUP_EXISTS, "The backup directory already holds another "
                                + "archive named " + name + ". Rename the file or delete the stored one first.");
                    }
                } else {
                    Files.move(received, target, StandardCopyOption.ATOMIC_MOVE);
                    log.info("stored uploaded archive {} ({} backup)", name, manifest.backupType());
                }
                return new Stored(new BackupFile(name, Files.size(target), manifest), created);
            } finally {
                Files.deleteIfExists(work.resolve("upload.sma"));
                Files.deleteIfExists(work);
            }
        } catch (IOException e) {
            throw new ManagerException(ErrorCode.SERVER_ERROR, "The archive could not be stored in " + directory + ": "
                    + e.getMessage());
        }
    }

    /** Checks every checksum and, when the passphrase is given or not needed, decodes every row. */
    public RestoreReport verify(Path archive, char[] passphrase) {
        try (ArchiveReader reader = ArchiveReader.open(archive)) {
            reader.verifyChecksums();
            return new Restorer(dataSource, secrets).restore(reader, passphrase, Set.of(), true, rows -> { });
        }
    }

    /** Verifies the stored archive {@code name} with every archive of its chain before it. */
    public RestoreReport verifyStored(String name, char[] passphrase) {
        return withChain(name, chain -> new Restorer(dataSource, secrets).restore(chain, passphrase, Set.of(), true, rows -> { }));
    }

    /** Restores the archive, or only the named sections, into this server's database, which must be empty. */
    public RestoreReport restore(Path archive, char[] passphrase, Set<String> sections, boolean dryRun, LongConsumer progress) {
        try (ArchiveReader reader = ArchiveReader.open(archive)) {
            RestoreReport report = new Restorer(dataSource, secrets).restore(reader, passphrase, sections, dryRun, progress);
            log.info("restore of {} {}: {}", archive.getFileName(), dryRun ? "checked (dry run)" : "done", report.rows());
            return report;
        }
    }

    /**
     * Restores the stored archive {@code name} into this server's empty database: the full backup its chain starts
     * with and every archive after it up to {@code name}, to the exact state {@code name} was taken in.
     */
    public RestoreReport restoreStored(String name, char[] passphrase, Set<String> sections, boolean dryRun, LongConsumer progress) {
        RestoreReport report = withChain(name, chain -> new Restorer(dataSource, secrets).restore(chain, passphrase, sections,
                dryRun, progress));
        log.info("restore of {} (chain {}) {}: {}", name, report.chain(), dryRun ? "checked (dry run)" : "done", report.rows());
        return report;
    }

    /** Opens the stored archive {@code name} with the archives of its chain before it, oldest first, for {@code work}. */
    <T> T withChain(String name, java.util.function.Function<List<ArchiveReader>, T> work) {
        Path last = path(name);
        List<Path> members;
        try (ArchiveReader reader = ArchiveReader.open(last)) {
            List<BackupFile> available = list();
            BackupFile lastFile = new BackupFile(name, 0, reader.manifest());
            members = BackupChain.ending(lastFile, available, BackupFile::manifest).stream()
                    .map(f -> directory.resolve(f.name())).toList();
        }
        List<ArchiveReader> readers = new ArrayList<>();
        try {
            for (Path member : members) {
                readers.add(ArchiveReader.open(member));
            }
            return work.apply(readers);
        } finally {
            readers.forEach(ArchiveReader::close);
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
        create(BackupType.FULL, scheduledPassphrase(), rows -> { });
        applyRetention();
    }

    /**
     * The scheduled incremental or differential backup ({@code shelly-manager.backup.incremental-schedule}); it
     * takes a full backup instead when there is none to continue.
     */
    @Scheduled(cron = "${shelly-manager.backup.incremental-schedule:-}")
    void scheduledIncremental() {
        try {
            create(properties.incrementalType(), scheduledPassphrase(), rows -> { });
        } catch (ManagerException e) {
            if (e.code() != ErrorCode.BACKUP_CHAIN_BROKEN) {
                throw e;
            }
            log.info("no archive to continue: the scheduled {} backup is a full one", properties.incrementalType());
            create(BackupType.FULL, scheduledPassphrase(), rows -> { });
        }
        applyRetention();
    }

    private char[] scheduledPassphrase() {
        return properties.passphrase() == null ? null : properties.passphrase().toCharArray();
    }

    /** Deletes the archives retention does not keep; returns their names. */
    public List<String> applyRetention() {
        List<BackupFile> files = list();
        List<Retention.Archive> archives = files.stream().map(f -> new Retention.Archive(f.name(), f.manifest().created())).toList();
        List<String> doomed = Retention.toDelete(archives, properties, clock.instant()).stream().map(Retention.Archive::name).toList();
        java.util.Set<String> needed = new java.util.HashSet<>();
        for (BackupFile kept : files.stream().filter(f -> !doomed.contains(f.name())).toList()) {
            try {
                BackupChain.ending(kept, files, BackupFile::manifest).forEach(member -> needed.add(member.name()));
            } catch (ManagerException e) {
                log.warn("backup {} does not have its whole chain in the backup directory: {}", kept.name(), e.getMessage());
            }
        }
        List<String> deleted = new ArrayList<>();
        for (Retention.Archive archive : archives.stream().filter(a -> doomed.contains(a.name()) && !needed.contains(a.name())).toList()) {
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

    /** An uploaded archive as stored; {@code created} is false when the same archive was there already. */
    public record Stored(BackupFile file, boolean created) {
    }
}

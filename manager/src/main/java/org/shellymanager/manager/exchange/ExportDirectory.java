package org.shellymanager.manager.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory a schedule writes its exports to. Each run's file is named {@code <schedule>-<UTC time>-<file>}
 * (such as {@code nightly-20261122-030000123-fleet.json}), written under a hidden temporary name and moved into
 * place in one step, so a reader never sees half a file; retention keeps the schedule's newest files and deletes
 * the rest, leaving every other file alone.
 */
final class ExportDirectory {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS").withZone(ZoneOffset.UTC);

    private ExportDirectory() {
    }

    /** Why the directory cannot take exports, or null when it can: absolute, a directory (made if missing), writable. */
    static String problem(String directory) {
        Path dir;
        try {
            dir = Path.of(directory);
        } catch (RuntimeException e) {
            return "directory '" + directory + "' is not a valid path";
        }
        if (!dir.isAbsolute()) {
            return "directory '" + directory + "' must be an absolute path";
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check-", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return "directory '" + directory + "' cannot be written to (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")";
        }
    }

    /** Writes the package as the schedule's next file and answers its path. */
    static Path write(Path dir, String schedule, Instant at, ExportPackage result) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(schedule + "-" + STAMP.format(at) + "-" + result.fileName());
        Path partial = dir.resolve("." + target.getFileName() + ".partial");
        try {
            Files.write(partial, result.bytes(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    /** Deletes the schedule's files beyond its newest {@code keep}; answers the ones deleted. */
    static List<Path> prune(Path dir, String schedule, int keep) throws IOException {
        Pattern own = Pattern.compile(Pattern.quote(schedule) + "-\\d{8}-\\d{9}-.+");
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> own.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        List<Path> deleted = new ArrayList<>();
        for (Path old : files.subList(Math.min(keep, files.size()), files.size())) {
            Files.deleteIfExists(old);
            deleted.add(old);
        }
        return deleted;
    }
}

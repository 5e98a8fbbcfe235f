package org.shellymanager.manager.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a folder of per-device TOML files, such as a Git working copy of a TOML export, into the ZIP the import API
 * takes: every {@code *.toml} file under it by its relative path, leaving out {@code .git} and symbolic links. The
 * folder itself is only read.
 */
final class TomlTreeZip {

    private TomlTreeZip() {
    }

    /** A temporary ZIP of the folder's TOML files; the caller deletes it. */
    static Path of(Path folder) {
        List<Path> files = tomlFiles(folder);
        if (files.isEmpty()) {
            throw new CliInputException("the folder " + folder + " holds no .toml device files");
        }
        Path zip = null;
        try {
            zip = Files.createTempFile("shelly-manager-import-", ".zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
                for (Path file : files) {
                    entries.putNextEntry(new ZipEntry(entryName(folder.relativize(file))));
                    Files.copy(file, entries);
                    entries.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            delete(zip);
            throw new CliInputException("cannot pack the folder " + folder + ": " + e.getMessage());
        }
    }

    static void delete(Path zip) {
        if (zip != null) {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the temporary file " + zip, e);
            }
        }
    }

    private static List<Path> tomlFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> names(folder.relativize(path)).noneMatch(".git"::equals))
                    .filter(path -> path.getFileName().toString().endsWith(".toml"))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CliInputException("cannot read the folder " + folder + ": " + e.getMessage());
        }
    }

    private static String entryName(Path relative) {
        return names(relative).collect(Collectors.joining("/"));
    }

    private static Stream<String> names(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false).map(Path::toString);
    }
}

package org.shellymanager.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The data directories and settings files of a bench run, made in the system's temporary directory and deleted with
 * everything in them when the run's JVM exits: a full run leaves several gigabytes of databases behind otherwise.
 */
public final class Scratch {

    private static final List<Path> MADE = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Scratch::deleteAll, "bench-scratch-cleanup"));
    }

    private Scratch() {
    }

    public static Path directory(String prefix) throws IOException {
        return made(Files.createTempDirectory(prefix));
    }

    public static Path file(String prefix, String suffix) throws IOException {
        return made(Files.createTempFile(prefix, suffix));
    }

    private static Path made(Path path) {
        MADE.add(path);
        return path;
    }

    private static void deleteAll() {
        for (Path root : MADE) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                System.err.println("could not delete " + root + ": " + e);
            }
        }
    }
}

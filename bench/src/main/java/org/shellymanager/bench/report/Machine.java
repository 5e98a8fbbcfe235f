package org.shellymanager.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.shellymanager.bench.harness.Processes;

/**
 * The machine a run was measured on, and how busy it was: figures from a machine shared with other work are not
 * comparable with figures from a quiet one, so the load average goes with every table.
 */
public record Machine(Instant at, int cores, String cpu, long memoryMiB, String jvm, String os, double loadAtStart,
                      double loadAtEnd) {

    public static Machine now(double loadAtStart) {
        return new Machine(Instant.now(), Runtime.getRuntime().availableProcessors(), cpuModel(), totalMemoryMiB(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " ("
                        + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                loadAtStart, Processes.loadAverage());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long totalMemoryMiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}

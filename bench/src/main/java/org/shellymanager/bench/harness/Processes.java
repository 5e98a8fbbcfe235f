package org.shellymanager.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/** Small process helpers: free ports, sleeping, and what Linux reports about a process in {@code /proc}. */
public final class Processes {

    private Processes() {
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Resident set size in bytes ({@code VmRSS} of {@code /proc/<pid>/status}), empty where there is no procfs. */
    public static OptionalLong rssBytes(long pid) {
        return statusField(pid, "VmRSS:").stream().map(kb -> kb * 1024).findFirst();
    }

    /** Threads of the process ({@code Threads} of {@code /proc/<pid>/status}). */
    public static OptionalLong threads(long pid) {
        return statusField(pid, "Threads:");
    }

    /** Open file descriptors (entries of {@code /proc/<pid>/fd}). */
    public static OptionalLong openFiles(long pid) {
        try (var entries = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return OptionalLong.of(entries.count());
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** CPU time (user + system) the process has used, in seconds ({@code /proc/<pid>/stat}, 100 ticks a second). */
    public static OptionalLong cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The one-minute load average ({@code /proc/loadavg}), or -1 where there is none. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static OptionalLong statusField(long pid, String name) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith(name))
                    .mapToLong(line -> Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]))
                    .findFirst();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}

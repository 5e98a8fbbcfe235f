package org.shellymanager.bench.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built Shelly Manager jar running {@code serve} in a child process, as a user runs it, on a free port with a
 * fresh data directory. Its log goes to a file in that directory.
 */
final class ManagerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final ManagerApi api;
    private final Path dataDir;

    private ManagerProcess(Process process, ManagerApi api, Path dataDir) {
        this.process = process;
        this.api = api;
        this.dataDir = dataDir;
    }

    static ManagerProcess start(Path jar, List<String> settings) throws IOException {
        Path dataDir = Files.createTempDirectory("shelly-bench");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "--enable-native-access=ALL-UNNAMED", "-jar",
                jar.toString(), "serve", "--port", String.valueOf(port), "--data-dir", dataDir.toString()));
        command.addAll(settings);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("manager.log").toFile())
                .start();
        ManagerProcess manager = new ManagerProcess(process, new ManagerApi("http://127.0.0.1:" + port), dataDir);
        manager.awaitReady();
        return manager;
    }

    ManagerApi api() {
        return api;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!api.isUp()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("the manager did not start; see " + dataDir.resolve("manager.log"));
            }
            sleep(Duration.ofMillis(250));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

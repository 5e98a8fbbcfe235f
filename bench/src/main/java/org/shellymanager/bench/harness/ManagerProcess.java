package org.shellymanager.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built Shelly Manager jar running {@code serve} in a child process, as a user runs it, on a free port with a
 * data directory of its own. The bootstrap admin comes from {@code SHELLY_MANAGER_ADMIN_USER}/{@code _PASSWORD} in
 * its environment. Its log goes to {@code manager.log} in the data directory.
 */
public final class ManagerProcess implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "bench-admin-password";
    /** Generous: on a machine shared with builds, start-up has been seen to take over a minute. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final ManagerApi api;
    private final Duration startup;

    private ManagerProcess(Process process, ManagerApi api, Duration startup) {
        this.process = process;
        this.api = api;
        this.startup = startup;
    }

    /** Starts the jar with a fresh data directory and default JVM options. */
    public static ManagerProcess start(Path jar, List<String> settings) throws IOException {
        return start(jar, Files.createTempDirectory("shelly-bench"), List.of(), settings);
    }

    /** Starts the jar on {@code dataDir} (kept as it is) and waits until it reports ready. */
    public static ManagerProcess start(Path jar, Path dataDir, List<String> jvmOptions, List<String> settings) throws IOException {
        int port = Processes.freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", String.valueOf(port), "--data-dir", dataDir.toString()));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("manager.log").toFile()));
        builder.environment().put("SHELLY_MANAGER_ADMIN_USER", ADMIN_USER);
        builder.environment().put("SHELLY_MANAGER_ADMIN_PASSWORD", ADMIN_PASSWORD);
        long started = System.nanoTime();
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        ManagerApi api = new ManagerApi("http://127.0.0.1:" + port, ADMIN_USER, ADMIN_PASSWORD);
        awaitReady(process, api, dataDir);
        return new ManagerProcess(process, api, Duration.ofNanos(System.nanoTime() - started));
    }

    public ManagerApi api() {
        return api;
    }

    public long pid() {
        return process.pid();
    }

    /** From starting the JVM to the first ready answer of {@code /actuator/health/readiness}. */
    public Duration startup() {
        return startup;
    }

    private static void awaitReady(Process process, ManagerApi api, Path dataDir) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!api.isUp()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("the manager did not start; see " + dataDir.resolve("manager.log"));
            }
            Processes.sleep(Duration.ofMillis(100));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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

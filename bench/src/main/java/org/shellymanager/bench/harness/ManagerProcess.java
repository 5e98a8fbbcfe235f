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
 * The built Shelly Manager jar running {@code serve} in a child process, started by the launcher
 * {@code bin/shelly-manager} as a user starts it (its JVM defaults and start-up cache; the jar given by
 * {@code SHELLY_MANAGER_JAR}, extra JVM options by {@code SHELLY_MANAGER_JAVA_OPTS}), on a free port with a data
 * directory of its own. The bootstrap admin comes from {@code SHELLY_MANAGER_ADMIN_USER}/{@code _PASSWORD} in its
 * environment. Its log goes to {@code manager.log} in the data directory. The launcher is {@code bin/shelly-manager}
 * under the working directory unless the system property {@code bench.launcher} names another. Options in the
 * runner's own {@code SHELLY_MANAGER_JAVA_OPTS} come first, so a run can try a collector or record the server
 * ({@code -XX:StartFlightRecording}, {@code -Xlog:gc}) without a code change.
 */
public final class ManagerProcess implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "bench-admin-password";
    /** Generous: on a machine shared with builds, start-up has been seen to take over a minute. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final ManagerApi api;
    private final Duration startup;

    private final double startupCpuSeconds;

    private ManagerProcess(Process process, ManagerApi api, Duration startup, double startupCpuSeconds) {
        this.process = process;
        this.api = api;
        this.startup = startup;
        this.startupCpuSeconds = startupCpuSeconds;
    }

    /**
     * Runs the launcher once without starting a server ({@code --version}), so that the start-up cache it makes once
     * per built jar is not part of any measured start.
     */
    public static void prepare(Path jar) throws IOException, InterruptedException {
        ProcessBuilder builder = launcher(jar, List.of(), List.of("--version")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        int status = builder.start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("the launcher failed (exit " + status + ") preparing " + jar);
        }
    }

    /** Starts the jar with a fresh data directory and default JVM options. */
    public static ManagerProcess start(Path jar, List<String> settings) throws IOException {
        return start(jar, Scratch.directory("shelly-bench"), List.of(), settings);
    }

    /** Starts the jar on {@code dataDir} (kept as it is) and waits until it reports ready. */
    public static ManagerProcess start(Path jar, Path dataDir, List<String> jvmOptions, List<String> settings) throws IOException {
        int port = Processes.freePort();
        List<String> arguments = new ArrayList<>(List.of("serve", "--port", String.valueOf(port), "--data-dir", dataDir.toString()));
        arguments.addAll(settings);
        ProcessBuilder builder = launcher(jar, jvmOptions, arguments).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("manager.log").toFile()));
        builder.environment().put("SHELLY_MANAGER_ADMIN_USER", ADMIN_USER);
        builder.environment().put("SHELLY_MANAGER_ADMIN_PASSWORD", ADMIN_PASSWORD);
        long started = System.nanoTime();
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        ManagerApi api = new ManagerApi("http://127.0.0.1:" + port, ADMIN_USER, ADMIN_PASSWORD);
        awaitReady(process, api, dataDir);
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        return new ManagerProcess(process, api, startup, Processes.cpuTicks(process.pid()).orElse(0) / 100.0);
    }

    /** CPU time (user + system) the server had used when it first answered ready: start-up work, whatever the load. */
    public double startupCpuSeconds() {
        return startupCpuSeconds;
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

    /** The launcher with this JDK, the jar and extra JVM options; it replaces itself with the JVM, so the pid is the server's. */
    private static ProcessBuilder launcher(Path jar, List<String> jvmOptions, List<String> arguments) {
        Path launcher = Path.of(System.getProperty("bench.launcher", "bin/shelly-manager")).toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no launcher at " + launcher + "; run from the checkout's root or set -Dbench.launcher");
        }
        if (jvmOptions.stream().anyMatch(option -> option.contains(" "))) {
            throw new IllegalArgumentException("JVM options pass through SHELLY_MANAGER_JAVA_OPTS and cannot hold spaces: " + jvmOptions);
        }
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("SHELLY_MANAGER_JAR", jar.toAbsolutePath().toString());
        List<String> options = new ArrayList<>(jvmOptions);
        String inherited = System.getenv("SHELLY_MANAGER_JAVA_OPTS");
        if (inherited != null && !inherited.isBlank()) {
            options.addFirst(inherited.strip());
        }
        builder.environment().put("SHELLY_MANAGER_JAVA_OPTS", String.join(" ", options));
        return builder;
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

package org.shellymanager.bench.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shellymanager.bench.harness.Scratch;

/**
 * Server render time of every web page with 10,000 devices in the inventory. The built server jar runs
 * {@code serve} in a child process on SQLite (telemetry polling off, so only rendering is measured); the
 * inventory is written into its database between a first start (which migrates the schema) and a second one.
 * A browser session logs in through the login form; each page is then fetched once cold (the first render,
 * including template parsing) and 20 times warm. Reported: the time to the last byte of the answer, and the CPU
 * time the server process spent meanwhile (read from the operating system, in its clock ticks of usually 10 ms;
 * the warm figure is the 20 rounds' total divided by 20). Wall time stretches with the machine's load, CPU time
 * hardly does, so on a busy machine the CPU figures are the ones to compare.
 */
public final class PageRenderBenchmark {

    static final int DEVICES = 10_000;
    static final int WARM_ROUNDS = 20;
    static final String PASSWORD = "bench-password";
    static final List<String> PAGES = List.of("/", "/devices", "/devices?q=Device+99&sort=lastSeen,desc",
            "/devices?room=Room+7&online=true", "/devices?drift=unchecked&generation=2",
            "/devices/00000000-0000-4000-8000-000000004242", "/devices/00000000-0000-4000-8000-000000004242/config",
            "/discovery", "/config", "/config/templates", "/firmware", "/jobs", "/map", "/map/graph",
            "/map/graph/subnet?subnet=127.10.3.0/24",
            "/map/graph/group?subnet=127.10.3.0/24&room=Room+7", "/settings", "/settings/tokens");

    private PageRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "manager/target/shelly-manager.jar");
        Path dataDir = Scratch.directory("shelly-ui-bench");
        Path config = dataDir.resolve("bench.yaml");
        Files.writeString(config, "shelly-manager:\n  admin-password: " + PASSWORD + "\n  telemetry:\n    enabled: false\n");
        stopAfterStart(jar, dataDir, config);
        FleetDatabase.fill(dataDir, DEVICES);
        int port = freePort();
        Process server = start(jar, dataDir, config, port);
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            awaitUp(http, base, server);
            Duration settled = settle(server.toHandle());
            logIn(http, base);
            System.out.printf("%nWeb page render time, %,d devices, SQLite, %d warm rounds, load average %s; the server was"
                    + " idle %.1f s after it reported ready%n%n", DEVICES, WARM_ROUNDS, loadAverage(), settled.toMillis() / 1e3);
            System.out.println("| page | bytes | first render | first CPU | warm median | warm p95 | warm CPU |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (String page : PAGES) {
                measure(http, base, page, server.toHandle());
            }
            System.out.printf("%nLoad average at the end: %s%n", loadAverage());
            System.out.printf("%nMachine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void measure(HttpClient http, String base, String page, ProcessHandle server) throws Exception {
        Duration cpuBefore = cpu(server);
        long[] first = fetch(http, base, page);
        Duration cpuFirst = cpu(server).minus(cpuBefore);
        double[] warm = new double[WARM_ROUNDS];
        Duration cpuWarmStart = cpu(server);
        for (int i = 0; i < WARM_ROUNDS; i++) {
            warm[i] = fetch(http, base, page)[0] / 1e6;
        }
        double cpuWarm = cpu(server).minus(cpuWarmStart).toNanos() / 1e6 / WARM_ROUNDS;
        Arrays.sort(warm);
        System.out.printf("| `%s` | %,d | %.0f ms | %d ms | %.1f ms | %.1f ms | %.1f ms |%n", page, first[1], first[0] / 1e6,
                cpuFirst.toMillis(), warm[WARM_ROUNDS / 2], warm[(int) Math.ceil(WARM_ROUNDS * 0.95) - 1], cpuWarm);
    }

    /**
     * Waits until the server, ready, has finished the work it does once in the background after start-up (it then
     * spends under 50 ms of CPU in a second), as it has by the time a person opens a page; at most two minutes.
     * Returns how long that took.
     */
    private static Duration settle(ProcessHandle server) throws InterruptedException {
        Instant start = Instant.now();
        Duration before = cpu(server);
        while (Duration.between(start, Instant.now()).compareTo(Duration.ofMinutes(2)) < 0) {
            Thread.sleep(1000);
            Duration now = cpu(server);
            if (now.minus(before).toMillis() < 50) {
                break;
            }
            before = now;
        }
        return Duration.between(start, Instant.now());
    }

    /** CPU time the process has used so far (user and system, all threads). */
    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for the server"));
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? String.join(" ", Arrays.copyOf(Files.readString(loadavg).split(" "), 3)) : "unknown";
    }

    /** Nanoseconds to the last byte, and the body size. */
    private static long[] fetch(HttpClient http, String base, String page) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(page + " answered " + response.statusCode());
        }
        return new long[] {took, response.body().length};
    }

    private static void logIn(HttpClient http, String base) throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF field on the login page");
        }
        String body = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (done.statusCode() != 302 || done.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + done.statusCode() + " " + done.headers().map());
        }
    }

    private static void stopAfterStart(Path jar, Path dataDir, Path config) throws Exception {
        int port = freePort();
        Process first = start(jar, dataDir, config, port);
        try {
            awaitUp(HttpClient.newHttpClient(), "http://127.0.0.1:" + port, first);
        } finally {
            first.destroy();
            first.waitFor();
        }
    }

    private static Process start(Path jar, Path dataDir, Path config, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "serve", "--port", String.valueOf(port),
                "--data-dir", dataDir.toString(), "--config", config.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("manager.log").toFile())).start();
    }

    private static void awaitUp(HttpClient http, String base, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the manager stopped; see its manager.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the manager did not start within 8 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

package org.shellymanager.manager.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.shellymanager.manager.platform.RunningServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The manager in a JVM of its own (the test class path, the CLI's {@code serve}), so that a test can kill it as
 * {@code kill -9} does and start it again on the same data directory. The bootstrap admin comes from the
 * environment, as in production; requests carry an admin API token minted with it.
 */
final class ManagerJvm implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    private ManagerJvm(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** A reply's status and body (missing when empty or not JSON). */
    record Reply(int status, JsonNode body) {
    }

    static ManagerJvm start(Path dataDir, String... settings) throws IOException {
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + tmp));
        for (String setting : settings) {
            command.add("-D" + setting);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.shellymanager.manager.cli.ShellyManagerCommand",
                "serve", "--port", String.valueOf(port), "--data-dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("manager.log").toFile()));
        builder.environment().put("SHELLY_MANAGER_ADMIN_USER", RunningServer.ADMIN_USER);
        builder.environment().put("SHELLY_MANAGER_ADMIN_PASSWORD", RunningServer.ADMIN_PASSWORD);
        ManagerJvm manager = new ManagerJvm(builder.start(), "http://127.0.0.1:" + port);
        manager.awaitReady(dataDir);
        return manager;
    }

    /** Kills the JVM at once, without shutdown hooks ({@code SIGKILL}), and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> reply = http.send(request.header("Authorization", "Bearer " + token())
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
            boolean json = reply.headers().firstValue("Content-Type").orElse("").contains("json") && !reply.body().isEmpty();
            return new Reply(reply.statusCode(), json ? JSON.readTree(reply.body()) : MissingNode.getInstance());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token == null) {
            HttpResponse<String> minted = http.send(request("/api/v1/auth/tokens")
                    .header("Authorization", RunningServer.basic(RunningServer.ADMIN_USER, RunningServer.ADMIN_PASSWORD))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"resilience\",\"role\":\"ADMIN\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (minted.statusCode() != 201) {
                throw new IllegalStateException("cannot mint a token: " + minted.statusCode() + " " + minted.body());
            }
            token = JSON.readTree(minted.body()).path("token").asString();
        }
        return token;
    }

    private void awaitReady(Path dataDir) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (http.send(request("/actuator/health/readiness").build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofMillis(200));
        }
        process.destroyForcibly();
        throw new IllegalStateException("the manager did not start; see " + dataDir.resolve("manager.log") + ":\n"
                + Files.readString(dataDir.resolve("manager.log")).lines().limit(200).reduce("", (a, b) -> a + "\n" + b));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

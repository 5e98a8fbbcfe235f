package org.shellymanager.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The few REST calls the benchmarks make: start a scan, follow its job, count the inventory. Every call carries an
 * admin API token, minted once with the bootstrap admin's password (HTTP Basic, the only way to mint one).
 */
public final class ManagerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String adminUser;
    private final String adminPassword;
    private volatile String token;

    ManagerApi(String base, String adminUser, String adminPassword) {
        this.base = base;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public String base() {
        return base;
    }

    /** The {@code Authorization} header value of an admin API token, minted on first use. */
    public String authorization() throws IOException {
        if (token == null) {
            String basic = Base64.getEncoder().encodeToString((adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> minted = sendRaw(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"role\":\"ADMIN\"}")));
            if (minted.statusCode() != 201) {
                throw new IllegalStateException("cannot mint a token: HTTP " + minted.statusCode() + " " + minted.body());
            }
            token = "Bearer " + JSON.readTree(minted.body()).path("token").asString();
        }
        return token;
    }

    /** What one scan did, timed by the server from the job's start to its end. */
    public record ScanOutcome(String state, long addresses, Duration duration, String summary) {
    }

    boolean isUp() {
        try {
            return sendRaw(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).GET()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    public ScanOutcome scan(List<String> targets) throws IOException {
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/discovery/scans"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("targets", targets)))));
        if (started.statusCode() != 202) {
            throw new IllegalStateException("scan refused: HTTP " + started.statusCode() + " " + started.body());
        }
        String id = JSON.readTree(started.body()).path("id").asString();
        JsonNode job;
        do {
            Processes.sleep(Duration.ofMillis(100));
            job = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs/" + id)).GET()).body());
        } while (job.path("finishedAt").isNull() || job.path("finishedAt").isMissingNode());
        Duration duration = Duration.between(Instant.parse(job.path("startedAt").asString()),
                Instant.parse(job.path("finishedAt").asString()));
        return new ScanOutcome(job.path("state").asString(), job.path("progress").path("total").asLong(), duration,
                job.path("summary").asString(""));
    }

    /** A GET of an API path as the admin; fails on any answer but 200. */
    public JsonNode get(String path) throws IOException {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": HTTP " + reply.statusCode() + " " + reply.body());
        }
        return JSON.readTree(reply.body());
    }

    /** A POST of JSON to an API path as the admin, answered with the status and the body (parsed if it is JSON). */
    public Reply post(String path, String json) throws IOException {
        return reply(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT of JSON to an API path as the admin, answered with the status and the body (parsed if it is JSON). */
    public Reply put(String path, String json) throws IOException {
        return reply(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any request as the admin, with the extra headers already set by the caller. */
    public Reply reply(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<byte[]> reply = http.send(request.header("Authorization", authorization())
                    .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            boolean json = reply.headers().firstValue("Content-Type").orElse("").contains("json") && reply.body().length > 0;
            return new Reply(reply.statusCode(), json ? JSON.readTree(reply.body()) : MissingNode.getInstance(), reply.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** An answer's status, its JSON body (missing when it is not JSON) and its bytes. */
    public record Reply(int status, JsonNode body, byte[] bytes) {
    }

    /** The bytes the server has allocated on its heap since it started (Micrometer's {@code jvm.gc.memory.allocated}). */
    public double allocatedBytes() throws IOException {
        Reply metrics = reply(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).GET());
        String text = new String(metrics.bytes(), StandardCharsets.UTF_8);
        return text.lines().filter(line -> line.startsWith("jvm_gc_memory_allocated_bytes_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new IllegalStateException("/actuator/prometheus has no jvm_gc_memory_allocated_bytes_total"));
    }

    public long deviceCount() throws IOException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/devices?size=1")).GET());
        return JSON.readTree(page.body()).path("total").asLong();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        return sendRaw(request.header("Authorization", authorization()));
    }

    private HttpResponse<String> sendRaw(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

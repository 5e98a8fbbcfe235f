package org.shellymanager.bench.discovery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few REST calls the benchmark makes: start a scan, follow its job, count the inventory. */
final class ManagerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ManagerApi(String base) {
        this.base = base;
    }

    /** What one scan did, timed by the server from the job's start to its end. */
    record ScanOutcome(String state, long addresses, Duration duration, String summary) {
    }

    boolean isUp() {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs")).GET()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    ScanOutcome scan(List<String> targets) throws IOException {
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/discovery/scans"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("targets", targets)))));
        if (started.statusCode() != 202) {
            throw new IllegalStateException("scan refused: HTTP " + started.statusCode() + " " + started.body());
        }
        String id = JSON.readTree(started.body()).path("id").asString();
        JsonNode job;
        do {
            ManagerProcess.sleep(Duration.ofMillis(100));
            job = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs/" + id)).GET()).body());
        } while (job.path("finishedAt").isNull() || job.path("finishedAt").isMissingNode());
        Duration duration = Duration.between(Instant.parse(job.path("startedAt").asString()),
                Instant.parse(job.path("finishedAt").asString()));
        return new ScanOutcome(job.path("state").asString(), job.path("progress").path("total").asLong(), duration,
                job.path("summary").asString(""));
    }

    long deviceCount() throws IOException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/devices?size=1")).GET());
        return JSON.readTree(page.body()).path("total").asLong();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

package org.shellymanager.bench.harness;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/** Following a job the manager runs, and what it ended with. */
public final class Jobs {

    private Jobs() {
    }

    /**
     * @param state    the job's final state
     * @param took     from the job's start to its end, as the server timed it
     * @param outcomes results by outcome
     */
    public record Ended(String id, String state, Duration took, Map<String, Integer> outcomes, String summary) {
    }

    public static Ended await(ManagerApi api, String id, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode job = api.get("/api/v1/jobs/" + id);
        while (job.path("finishedAt").isNull() || job.path("finishedAt").isMissingNode()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("job " + id + " still " + job.path("state").asString() + " after " + timeout);
            }
            Processes.sleep(Duration.ofMillis(200));
            job = api.get("/api/v1/jobs/" + id);
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        job.path("results").forEach(r -> outcomes.merge(r.path("outcome").asString(), 1, Integer::sum));
        return new Ended(id, job.path("state").asString(), Duration.between(Instant.parse(job.path("startedAt").asString()),
                Instant.parse(job.path("finishedAt").asString())), outcomes, job.path("summary").asString(""));
    }
}

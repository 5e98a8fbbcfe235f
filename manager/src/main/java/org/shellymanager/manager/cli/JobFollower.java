package org.shellymanager.manager.cli;

import java.time.Duration;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** Follows a job on the server until it finishes, showing its progress. */
final class JobFollower {

    private final ApiClient api;
    private final ProgressBar progress;
    private final Duration interval;

    JobFollower(ApiClient api, ProgressBar progress, Duration interval) {
        this.api = api;
        this.progress = progress;
        this.interval = interval;
    }

    /** Polls the job until it has finished and answers its final state. */
    JsonNode follow(String jobId) {
        String path = "/api/v1/jobs/" + ApiClient.encode(jobId);
        JsonNode job = api.get(path);
        try {
            while (!JobViews.finished(job)) {
                show(job);
                Thread.sleep(interval);
                job = api.get(path);
            }
            show(job);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliInputException("stopped following job " + jobId + "; it goes on running on the server");
        } finally {
            progress.finish();
        }
        return job;
    }

    /** Follows the job; one that did not succeed is printed with its reason and answered as empty. */
    Optional<JsonNode> followToSuccess(String jobId, Printer printer) {
        JsonNode finished = follow(jobId);
        if (JobViews.succeeded(finished)) {
            return Optional.of(finished);
        }
        JobViews.print(printer, finished);
        return Optional.empty();
    }

    private void show(JsonNode job) {
        JsonNode counts = job.path("progress");
        progress.update(job.path("kind").asString("job") + " " + job.path("state").asString(""),
                counts.path("done").asLong(), counts.path("total").asLong());
    }
}

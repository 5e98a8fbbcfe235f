package org.shellymanager.manager.job;

import java.time.Instant;

/** A job as the API shows it: the kind by name, its parameters beside it, and no results. */
public record JobView(String id, String kind, JobKind parameters, JobState state, String startedBy, Instant createdAt,
                      Instant startedAt, Instant finishedAt, JobProgress progress, String summary) {

    public static JobView of(Job job) {
        return new JobView(job.id(), job.kind().name(), job.kind(), job.state(), job.startedBy(), job.createdAt(),
                job.startedAt(), job.finishedAt(), job.progress(), job.summary());
    }
}

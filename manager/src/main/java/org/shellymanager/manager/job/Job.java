package org.shellymanager.manager.job;

import java.time.Instant;

/**
 * A unit of long work, persisted so that it can be followed and survives a restart.
 *
 * @param startedBy  who or what started it: {@code api}, {@code schedule:<network>}, {@code demo}, ...
 * @param startedAt  when it began running, or null while queued
 * @param finishedAt when it reached a final state, or null
 * @param summary    a one-line account of the outcome once finished, or null
 */
public record Job(String id, JobKind kind, JobState state, String startedBy, Instant createdAt, Instant startedAt,
                  Instant finishedAt, JobProgress progress, String summary) {

    public Job {
        if (id == null || kind == null || state == null || startedBy == null || createdAt == null || progress == null) {
            throw new IllegalArgumentException("id, kind, state, startedBy, createdAt and progress are required");
        }
    }

    Job withProgress(JobProgress current) {
        return new Job(id, kind, state, startedBy, createdAt, startedAt, finishedAt, current, summary);
    }
}

package org.shellymanager.manager.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.shellymanager.manager.platform.MutableClock;
import org.shellymanager.manager.platform.OnEveryDatabase;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.platform.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The job store and the job life cycle on SQLite, PostgreSQL and MariaDB. */
@OnEveryDatabase
class JobStoreTest {

    @Parameter
    TestDatabase database;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private JdbcJobStore store;

    @BeforeEach
    void noJobs() {
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("DELETE FROM jobs").update();
        store = new JdbcJobStore(jdbc, JsonMapper.builder().build());
    }

    @Test
    void storesAJobWithItsKindAndParametersAndReadsItBack() {
        Job job = queued("a", new JobKind.Discovery(List.of("10.0.0.0/24", "10.0.1.5:8080"), "net-1", true));

        store.insert(job);

        Job read = store.find("a").orElseThrow();
        assertThat(read).isEqualTo(job);
        assertThat(read.kind()).isEqualTo(new JobKind.Discovery(List.of("10.0.0.0/24", "10.0.1.5:8080"), "net-1", true));
    }

    @Test
    void aJobStartsOnlyFromQueuedAndFinishesOnlyOnce() {
        store.insert(queued("a", discovery()));

        assertThat(store.start("a", clock.instant())).isTrue();
        assertThat(store.start("a", clock.instant())).isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(store.finish("a", JobState.SUCCEEDED, clock.instant(), new JobProgress(3, 3), "done")).isTrue();
        assertThat(store.finish("a", JobState.FAILED, clock.instant(), new JobProgress(3, 3), "again")).isFalse();

        Job finished = store.find("a").orElseThrow();
        assertThat(finished.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(finished.startedAt()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(finished.finishedAt()).isEqualTo(Instant.parse("2026-01-01T10:00:05Z"));
        assertThat(finished.progress()).isEqualTo(new JobProgress(3, 3));
        assertThat(finished.summary()).isEqualTo("done");
    }

    @Test
    void unfinishedJobsLeftByAPreviousRunAreMarkedInterrupted() {
        store.insert(queued("queued", discovery()));
        store.insert(queued("running", discovery()));
        store.start("running", clock.instant());
        store.insert(queued("done", discovery()));
        store.finish("done", JobState.SUCCEEDED, clock.instant(), new JobProgress(0, 0), "ok");

        assertThat(store.interruptUnfinished(clock.instant())).isEqualTo(2);

        assertThat(store.find("queued").orElseThrow().state()).isEqualTo(JobState.INTERRUPTED);
        assertThat(store.find("running").orElseThrow().state()).isEqualTo(JobState.INTERRUPTED);
        assertThat(store.find("running").orElseThrow().summary()).contains("server stopped");
        assertThat(store.find("done").orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    void listsNewestFirstWithFiltersAndPaging() {
        for (String id : List.of("j1", "j2", "j3")) {
            store.insert(queued(id, discovery()));
            clock.advance(Duration.ofMinutes(1));
        }
        store.finish("j2", JobState.CANCELLED, clock.instant(), new JobProgress(0, 0), "cancelled");

        assertThat(ids(store.list(null, null, 0, 10))).containsExactly("j3", "j2", "j1");
        assertThat(ids(store.list(JobKind.Discovery.NAME, JobState.QUEUED, 0, 10))).containsExactly("j3", "j1");
        assertThat(ids(store.list("CONFIG_SYNC", null, 0, 10))).isEmpty();
        Page<Job> second = store.list(null, null, 1, 2);
        assertThat(second.total()).isEqualTo(3);
        assertThat(ids(second)).containsExactly("j1");
    }

    @Test
    void findsTheNewestJobsWithAResultForADevice() {
        for (String id : List.of("a", "b", "c")) {
            store.insert(queued(id, discovery()));
            clock.advance(Duration.ofSeconds(1));
        }
        store.addResult("a", 1, new JobResult("10.0.0.1", "ADDED", null, "device-1"));
        store.addResult("b", 1, new JobResult("10.0.0.2", "ADDED", null, "device-2"));
        store.addResult("c", 1, new JobResult("10.0.0.1", "UPDATED", null, "device-1"));
        store.addResult("c", 2, new JobResult("10.0.0.1", "UPDATED", "again", "device-1"));

        assertThat(store.forDevice("device-1", 10)).extracting(Job::id).containsExactly("c", "a");
        assertThat(store.forDevice("device-1", 1)).extracting(Job::id).containsExactly("c");
        assertThat(store.forDevice("device-3", 10)).isEmpty();
    }

    @Test
    void resultsArePagedInTheOrderTheyCame() {
        store.insert(queued("a", discovery()));
        for (int seq = 1; seq <= 5; seq++) {
            store.addResult("a", seq, new JobResult("10.0.0." + seq, "ADDED", null, seq % 2 == 0 ? "device-" + seq : null));
        }

        Page<JobResult> page = store.results("a", 1, 2);

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactly(new JobResult("10.0.0.3", "ADDED", null, null),
                new JobResult("10.0.0.4", "ADDED", null, "device-4"));
    }

    @Test
    void aSubmittedJobRunsToTheEndWithItsResultsAndProgress() {
        JobService jobs = new JobService(store, clock, new JobProperties(1));
        try {
            Job job = jobs.submit(discovery(), "test", context -> {
                context.total(2);
                context.result(new JobResult("one", "ADDED", "first", null));
                context.advance();
                context.result(new JobResult("two", "UPDATED", "second", null));
                context.advance();
                return "two done";
            });

            await().atMost(Duration.ofSeconds(10)).until(() -> jobs.get(job.id()).state().finished());

            Job finished = jobs.get(job.id());
            assertThat(finished.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(finished.progress()).isEqualTo(new JobProgress(2, 2));
            assertThat(finished.summary()).isEqualTo("two done");
            assertThat(jobs.results(job.id(), 0, 10).items()).extracting(JobResult::outcome).containsExactly("ADDED", "UPDATED");
        } finally {
            jobs.stop();
        }
    }

    @Test
    void aQueuedJobIsCancelledBeforeItStartsAndARunningOneStopsAtItsNextCheck() throws InterruptedException {
        JobService jobs = new JobService(store, clock, new JobProperties(1));
        CountDownLatch running = new CountDownLatch(1);
        try {
            Job first = jobs.submit(discovery(), "test", context -> {
                running.countDown();
                while (!context.cancelled()) {
                    Thread.sleep(10);
                }
                return "stopped";
            });
            Job second = jobs.submit(discovery(), "test", context -> "never runs");
            running.await();

            assertThat(jobs.cancel(second.id()).state()).isEqualTo(JobState.CANCELLED);
            jobs.cancel(first.id());
            await().atMost(Duration.ofSeconds(10)).until(() -> jobs.get(first.id()).state().finished());

            assertThat(jobs.get(first.id()).state()).isEqualTo(JobState.CANCELLED);
            assertThat(jobs.get(second.id()).summary()).isEqualTo("cancelled before it started");
        } finally {
            jobs.stop();
        }
    }

    private static JobKind discovery() {
        return new JobKind.Discovery(List.of("10.0.0.1"), null, false);
    }

    private Job queued(String id, JobKind kind) {
        return new Job(id, kind, JobState.QUEUED, "test", clock.instant(), null, null, new JobProgress(0, 0), null);
    }

    private static List<String> ids(Page<Job> page) {
        return page.items().stream().map(Job::id).toList();
    }
}

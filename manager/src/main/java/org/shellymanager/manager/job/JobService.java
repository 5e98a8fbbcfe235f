package org.shellymanager.manager.job;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Runs long work as persisted jobs: queued, run on a small pool, followed by id, cancellable. On start-up every
 * job a previous run left queued or running is marked {@link JobState#INTERRUPTED}; on shutdown, running jobs are
 * asked to stop before the beans they use go away, and end as interrupted.
 */
@Service
public class JobService implements InitializingBean, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobService.class);
    private static final Duration FINISH_RETRY_LIMIT = Duration.ofSeconds(30);

    private final JdbcJobStore store;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<String, RunningJob> running = new ConcurrentHashMap<>();
    private volatile boolean started;

    JobService(JdbcJobStore store, Clock clock, JobProperties properties) {
        this.store = store;
        this.clock = clock;
        this.executor = Executors.newFixedThreadPool(properties.concurrency(),
                Thread.ofPlatform().name("job-", 1).daemon().factory());
    }

    @Override
    public void afterPropertiesSet() {
        int interrupted = store.interruptUnfinished(clock.instant());
        if (interrupted > 0) {
            log.warn("{} job(s) left unfinished by the previous run were marked INTERRUPTED", interrupted);
        }
    }

    /** Queues the work as a new job and returns it as stored. */
    public Job submit(JobKind kind, String startedBy, JobWork work) {
        Job job = new Job(UUID.randomUUID().toString(), kind, JobState.QUEUED, startedBy, clock.instant(), null, null,
                new JobProgress(0, 0), null);
        store.insert(job);
        RunningJob handle = new RunningJob(job.id(), store);
        running.put(job.id(), handle);
        executor.execute(() -> run(handle, work));
        log.info("job {} ({}) queued by {}", job.id(), kind.name(), startedBy);
        return job;
    }

    /**
     * Runs an interrupted job again under its own id, for work that can go on where it stopped (a firmware
     * rollout keeps its own per-device state). Its results so far are kept.
     *
     * @throws ManagerException {@code job.not-found}, or {@code job.finished} when it is not interrupted
     */
    public Job resume(String id, JobWork work) {
        Job job = get(id);
        if (!store.reopen(id)) {
            throw new ManagerException(ErrorCode.JOB_FINISHED, "Job " + id + " is " + job.state()
                    + "; only an interrupted job can be resumed.");
        }
        RunningJob handle = new RunningJob(id, store, store.resultCount(id));
        running.put(id, handle);
        executor.execute(() -> run(handle, work));
        log.info("job {} ({}) resumed", id, job.kind().name());
        return get(id);
    }

    private void run(RunningJob handle, JobWork work) {
        MDC.put("jobId", handle.jobId());
        try {
            if (!store.start(handle.jobId(), clock.instant())) {
                return;
            }
            String summary = work.run(handle);
            JobState state = handle.stopping() ? JobState.INTERRUPTED : handle.cancelled() ? JobState.CANCELLED : JobState.SUCCEEDED;
            finish(handle, state, summary);
            log.info("job {} {}: {}", handle.jobId(), state, summary);
        } catch (Exception | Error e) {
            log.error("job {} failed", handle.jobId(), e);
            JobState state = handle.stopping() ? JobState.INTERRUPTED : JobState.FAILED;
            finish(handle, state, "failed: " + e.getMessage());
        } finally {
            running.remove(handle.jobId());
            MDC.remove("jobId");
        }
    }

    /**
     * Stores how the job ended, trying again while the database is away (with a growing pause, up to
     * {@link #FINISH_RETRY_LIMIT}) so that a job never stays "running" after its work ended. Only a shutdown stops
     * the retries; the next start marks such a job interrupted.
     */
    private void finish(RunningJob handle, JobState state, String summary) {
        long pauseMillis = 500;
        while (true) {
            try {
                store.finish(handle.jobId(), state, clock.instant(), handle.progress(), summary);
                return;
            } catch (RuntimeException e) {
                if (!started) {
                    throw e;
                }
                log.warn("job {} ended {} but that could not be stored yet, trying again in {} ms: {}", handle.jobId(), state,
                        pauseMillis, e.getMessage());
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pauseMillis = Math.min(pauseMillis * 2, FINISH_RETRY_LIMIT.toMillis());
        }
    }

    /** @throws ManagerException {@code job.not-found} */
    public Job get(String id) {
        return find(id).orElseThrow(() -> new ManagerException(ErrorCode.JOB_NOT_FOUND, "No job with id " + id + "."));
    }

    /** The job as stored, with the live progress of a running one. */
    public Optional<Job> find(String id) {
        return store.find(id).map(job -> {
            RunningJob handle = running.get(id);
            return handle != null && job.state() == JobState.RUNNING ? job.withProgress(handle.progress()) : job;
        });
    }

    public Page<Job> list(String kind, JobState state, int page, int size) {
        return store.list(kind, state, page, size);
    }

    /** The newest jobs (at most {@code limit}) that have a result for the device, newest first. */
    public List<Job> forDevice(String deviceId, int limit) {
        return store.forDevice(deviceId, limit);
    }

    public Page<JobResult> results(String id, int page, int size) {
        get(id);
        return store.results(id, page, size);
    }

    /**
     * Asks a job to stop. A queued job is cancelled at once; a running one stops at its next check.
     *
     * @throws ManagerException {@code job.not-found}, or {@code job.finished} when it already ended
     */
    public Job cancel(String id) {
        Job job = get(id);
        if (job.state().finished()) {
            throw new ManagerException(ErrorCode.JOB_FINISHED, "Job " + id + " already ended as " + job.state() + ".");
        }
        RunningJob handle = running.get(id);
        if (handle != null) {
            handle.cancel();
        }
        if (job.state() == JobState.QUEUED) {
            store.finish(id, JobState.CANCELLED, clock.instant(), job.progress(), "cancelled before it started");
        }
        log.info("job {} cancellation requested", id);
        return get(id);
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public void stop() {
        started = false;
        running.values().forEach(RunningJob::stop);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}

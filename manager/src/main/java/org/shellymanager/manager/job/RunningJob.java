package org.shellymanager.manager.job;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live side of a running job: progress counted in memory and written to the store about every hundredth of
 * the work (so a scan of thousands of addresses does not write a row per address), results stored as they come.
 */
final class RunningJob implements JobContext {

    private final String jobId;
    private final JdbcJobStore store;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger seq = new AtomicInteger();
    private volatile int total;
    private volatile int flushed;
    private volatile boolean cancelled;
    private volatile boolean stopping;

    RunningJob(String jobId, JdbcJobStore store) {
        this(jobId, store, 0);
    }

    /** For a resumed job: its new results are numbered after the ones it already has. */
    RunningJob(String jobId, JdbcJobStore store, int resultsSoFar) {
        this.jobId = jobId;
        this.store = store;
        this.seq.set(resultsSoFar);
    }

    @Override
    public String jobId() {
        return jobId;
    }

    @Override
    public void total(int total) {
        this.total = total;
        store.progress(jobId, progress());
    }

    @Override
    public void advance() {
        int now = done.incrementAndGet();
        int step = Math.max(1, total / 100);
        if (now - flushed >= step || now == total) {
            flushed = now;
            store.progress(jobId, progress());
        }
    }

    @Override
    public void advanceLive(long units) {
        done.addAndGet((int) Math.min(Integer.MAX_VALUE, units));
    }

    @Override
    public void result(JobResult result) {
        store.addResult(jobId, seq.incrementAndGet(), result);
    }

    @Override
    public boolean cancelled() {
        return cancelled || stopping;
    }

    JobProgress progress() {
        int now = done.get();
        return new JobProgress(now, Math.max(total, now));
    }

    void cancel() {
        cancelled = true;
    }

    void stop() {
        stopping = true;
    }

    boolean stopping() {
        return stopping;
    }
}

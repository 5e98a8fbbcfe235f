package org.shellymanager.manager.discovery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.shellymanager.manager.job.JobContext;
import org.shellymanager.manager.job.JobResult;

/** A job context that keeps results in memory and can be made to fail on a result, for running scans directly. */
final class RecordingJobContext implements JobContext {

    final List<JobResult> results = new CopyOnWriteArrayList<>();
    final AtomicInteger done = new AtomicInteger();
    private final Consumer<JobResult> onResult;
    volatile int total;

    RecordingJobContext(Consumer<JobResult> onResult) {
        this.onResult = onResult;
    }

    RecordingJobContext() {
        this(result -> { });
    }

    @Override
    public String jobId() {
        return "test-job";
    }

    @Override
    public void total(int total) {
        this.total = total;
    }

    @Override
    public void advance() {
        done.incrementAndGet();
    }

    @Override
    public void result(JobResult result) {
        onResult.accept(result);
        results.add(result);
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}

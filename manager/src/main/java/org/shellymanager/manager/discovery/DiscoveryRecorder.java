package org.shellymanager.manager.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.MDC;

/**
 * Hands scan results from the probes to one writer thread that records them in batches: a batch closes when it
 * holds {@link #BATCH_SIZE} results or when its first result has waited {@link #MAX_DELAY_MILLIS}, so the
 * inventory is written in a few large transactions instead of one per address, and is never far behind the scan.
 * The queue is bounded: when the writer falls behind, the probes wait for it. The writer is a platform thread: a
 * virtual thread waiting inside the SQLite driver for the write lock would hold one of the few carrier threads that
 * every request of the server shares.
 */
final class DiscoveryRecorder implements AutoCloseable {

    static final int BATCH_SIZE = 250;
    static final long MAX_DELAY_MILLIS = 250;
    private static final long POLL_MILLIS = 50;

    private final BlockingQueue<ScanResult> queue = new ArrayBlockingQueue<>(BATCH_SIZE * 4);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Consumer<List<ScanResult>> writer;
    private final Thread thread;
    private volatile boolean closed;

    /** Starts the writer thread, which runs with the caller's logging context (the job id). */
    DiscoveryRecorder(Consumer<List<ScanResult>> writer) {
        this.writer = writer;
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        this.thread = Thread.ofPlatform().name("discovery-writer").daemon().start(() -> {
            if (mdc != null) {
                MDC.setContextMap(mdc);
            }
            writeUntilClosed();
        });
    }

    /**
     * Queues one result, waiting while the queue is full.
     *
     * @throws RuntimeException the writer's failure, which ends the scan
     */
    void add(ScanResult result) {
        try {
            while (!queue.offer(result, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to record " + result.address(), e);
        }
        rethrowFailure();
    }

    /** Records what is still queued, stops the writer, and throws its failure if it had one. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }

    private void writeUntilClosed() {
        try {
            while (!closed || !queue.isEmpty()) {
                ScanResult first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    writer.accept(batchFrom(first));
                }
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, new IllegalStateException("the discovery writer was interrupted"));
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private List<ScanResult> batchFrom(ScanResult first) throws InterruptedException {
        List<ScanResult> batch = new ArrayList<>(BATCH_SIZE);
        batch.add(first);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_DELAY_MILLIS);
        while (batch.size() < BATCH_SIZE) {
            queue.drainTo(batch, BATCH_SIZE - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= BATCH_SIZE || left <= 0 || closed && queue.isEmpty()) {
                break;
            }
            ScanResult next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        return batch;
    }
}

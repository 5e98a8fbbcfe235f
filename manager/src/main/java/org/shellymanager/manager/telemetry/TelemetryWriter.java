package org.shellymanager.manager.telemetry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Buffers latest statuses, history and input events and writes them in batches, so that a fleet of thousands
 * costs a few transactions per flush instead of one per poll. Samples go through a {@link SeriesRecorder} first: what
 * is written are the raw points it keeps and the 5-minute buckets it has closed, together in one transaction. What is
 * buffered at shutdown, open buckets included, is written before the database goes away.
 *
 * <p>While the database cannot be written, nothing taken for a failed write is lost: the latest status of every
 * device stays (one per device, a newer poll replaces it), and raw points, closed buckets and input events stay
 * queued up to {@code history.buffer-limit} each; past that the oldest are dropped and counted
 * ({@code shelly.telemetry.dropped}, and the {@code telemetry} health component).
 */
@Component
class TelemetryWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelemetryWriter.class);
    private static final int MAX_BATCH = 20_000;
    /**
     * Latest statuses written per transaction: each transaction holds SQLite's one write lock, so the statuses of a
     * large fleet are written in short transactions that other writers can come between.
     */
    static final int LATEST_BATCH = 500;

    private final JdbcTelemetryStore store;
    private final JdbcSeriesStore series;
    private final Clock clock;
    private final long settled;
    private final Map<String, LatestStatus> latest = new ConcurrentHashMap<>();
    private final SeriesRecorder recorder;
    private final BoundedBuffer<SeriesRecorder.Point> samples;
    private final BoundedBuffer<SeriesRecorder.Bucket> buckets;
    private final BoundedBuffer<InputEvent> events;
    private final Object writing = new Object();
    private volatile boolean running;

    TelemetryWriter(JdbcTelemetryStore store, JdbcSeriesStore series, TelemetryProperties properties,
                    MeterRegistry registry, Clock clock) {
        this.store = store;
        this.series = series;
        this.clock = clock;
        this.settled = properties.history().settled().toMillis();
        this.recorder = new SeriesRecorder(properties.history().heartbeat().toMillis());
        this.samples = new BoundedBuffer<>(properties.history().bufferLimit());
        this.buckets = new BoundedBuffer<>(properties.history().bufferLimit());
        this.events = new BoundedBuffer<>(properties.history().bufferLimit());
        register(registry, "samples", samples);
        register(registry, "buckets", buckets);
        register(registry, "events", events);
    }

    private static void register(MeterRegistry registry, String kind, BoundedBuffer<?> buffer) {
        Gauge.builder("shelly.telemetry.buffered", buffer, BoundedBuffer::size).tag("kind", kind)
                .description("history samples and input events waiting to be written").register(registry);
        FunctionCounter.builder("shelly.telemetry.dropped", buffer, BoundedBuffer::dropped).tag("kind", kind)
                .description("history samples and input events dropped because the buffer was full").register(registry);
    }

    void latest(LatestStatus status) {
        latest.put(status.deviceId(), status);
    }

    void samples(List<Sample> more) {
        if (more.isEmpty()) {
            return;
        }
        synchronized (recorder) {
            SeriesRecorder.Rows rows = recorder.record(more);
            samples.addAll(rows.points());
            buckets.addAll(rows.buckets());
        }
    }

    void events(List<InputEvent> more) {
        events.addAll(more);
    }

    /**
     * Runs {@code action} while nothing is being written, with the start of the oldest 5-minute bucket not written
     * yet (open, or closed and waiting), {@code Long.MAX_VALUE} when there is none.
     */
    <T> T whileNotWriting(LongFunction<T> action) {
        synchronized (writing) {
            long oldest;
            synchronized (recorder) {
                oldest = Math.min(recorder.oldestOpen(), buckets.min(SeriesRecorder.Bucket::start));
            }
            return action.apply(oldest);
        }
    }

    /** Raw points and input events held now, dropped so far, and the limit of each. */
    BufferState bufferState() {
        return new BufferState(samples.size(), samples.dropped(), events.size(), events.dropped(), samples.limit());
    }

    record BufferState(int samples, long droppedSamples, int events, long droppedEvents, int limit) {
    }

    @Scheduled(fixedDelayString = "${shelly-manager.telemetry.history.flush-interval:5s}")
    void flush() {
        closeUntil(clock.millis() - settled);
        write();
    }

    private void closeUntil(long until) {
        synchronized (recorder) {
            buckets.addAll(recorder.closeUntil(until));
        }
    }

    private void write() {
        synchronized (writing) {
            try {
                writeLatest();
                while (writeHistory()) {
                    // until the buffers are empty
                }
                while (write(events, store::insertEvents)) {
                    // until the buffer is empty
                }
            } catch (RuntimeException e) {
                log.warn("writing telemetry failed; it stays buffered for the next flush (up to {} points, buckets and "
                        + "events each): {}", samples.limit(), e.toString());
            }
        }
    }

    /** Writes one batch of points with the buckets closed so far; true when there may be more. */
    private boolean writeHistory() {
        List<SeriesRecorder.Point> points = samples.take(MAX_BATCH);
        List<SeriesRecorder.Bucket> closed = buckets.take(MAX_BATCH);
        try {
            Set<String> gone = series.write(points, closed);
            if (!gone.isEmpty()) {
                recorder.forget(gone);
            }
        } catch (RuntimeException e) {
            samples.putBack(points);
            buckets.putBack(closed);
            throw e;
        }
        return points.size() == MAX_BATCH || closed.size() == MAX_BATCH;
    }

    /** Writes the latest statuses in batches; a batch that fails and the ones after it stay for the next flush. */
    private void writeLatest() {
        List<LatestStatus> statuses = new ArrayList<>();
        for (String id : List.copyOf(latest.keySet())) {
            LatestStatus status = latest.remove(id);
            if (status != null) {
                statuses.add(status);
            }
        }
        for (int from = 0; from < statuses.size(); from += LATEST_BATCH) {
            try {
                store.saveLatest(statuses.subList(from, Math.min(from + LATEST_BATCH, statuses.size())));
            } catch (RuntimeException e) {
                statuses.subList(from, statuses.size()).forEach(status -> latest.putIfAbsent(status.deviceId(), status));
                throw e;
            }
        }
    }

    /** Writes one batch; true when there may be more. */
    private static <T> boolean write(BoundedBuffer<T> buffer, Consumer<List<T>> insert) {
        List<T> batch = buffer.take(MAX_BATCH);
        try {
            insert.accept(batch);
        } catch (RuntimeException e) {
            buffer.putBack(batch);
            throw e;
        }
        return batch.size() == MAX_BATCH;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        closeUntil(Long.MAX_VALUE);
        write();
        running = false;
    }

    /** Stops after the poll scheduler, so that the last answers are written too. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

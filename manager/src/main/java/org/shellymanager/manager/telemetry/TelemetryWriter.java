package org.shellymanager.manager.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Buffers latest statuses, history samples and input events and writes them in batches, so that a fleet of thousands
 * costs a few transactions per flush instead of one per poll. What is buffered at shutdown is written before the
 * database goes away.
 *
 * <p>While the database cannot be written, nothing taken for a failed write is lost: the latest status of every
 * device stays (one per device, a newer poll replaces it), and samples and input events stay queued up to
 * {@code history.buffer-limit} each; past that the oldest are dropped and counted
 * ({@code shelly.telemetry.dropped}, and the {@code telemetry} health component).
 */
@Component
class TelemetryWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelemetryWriter.class);
    private static final int MAX_BATCH = 20_000;

    private final JdbcTelemetryStore store;
    private final Map<String, LatestStatus> latest = new ConcurrentHashMap<>();
    private final BoundedBuffer<Sample> samples;
    private final BoundedBuffer<InputEvent> events;
    private volatile boolean running;

    TelemetryWriter(JdbcTelemetryStore store, TelemetryProperties properties, MeterRegistry registry) {
        this.store = store;
        this.samples = new BoundedBuffer<>(properties.history().bufferLimit());
        this.events = new BoundedBuffer<>(properties.history().bufferLimit());
        register(registry, "samples", samples);
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
        samples.addAll(more);
    }

    void events(List<InputEvent> more) {
        events.addAll(more);
    }

    /** Samples and input events held now, dropped so far, and the limit of each. */
    BufferState bufferState() {
        return new BufferState(samples.size(), samples.dropped(), events.size(), events.dropped(), samples.limit());
    }

    record BufferState(int samples, long droppedSamples, int events, long droppedEvents, int limit) {
    }

    @Scheduled(fixedDelayString = "${shelly-manager.telemetry.history.flush-interval:5s}")
    void flush() {
        try {
            writeLatest();
            while (write(samples, store::insertSamples)) {
                // until the buffer is empty
            }
            while (write(events, store::insertEvents)) {
                // until the buffer is empty
            }
        } catch (RuntimeException e) {
            log.warn("writing telemetry failed; it stays buffered for the next flush (samples and events up to {} each): {}",
                    samples.limit(), e.toString());
        }
    }

    private void writeLatest() {
        List<LatestStatus> statuses = new ArrayList<>();
        for (String id : List.copyOf(latest.keySet())) {
            LatestStatus status = latest.remove(id);
            if (status != null) {
                statuses.add(status);
            }
        }
        try {
            store.saveLatest(statuses);
        } catch (RuntimeException e) {
            statuses.forEach(status -> latest.putIfAbsent(status.deviceId(), status));
            throw e;
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
        flush();
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

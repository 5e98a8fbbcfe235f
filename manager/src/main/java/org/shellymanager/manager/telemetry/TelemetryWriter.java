package org.shellymanager.manager.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Buffers latest statuses, history samples and input events and writes them in batches, so that a fleet of thousands costs a
 * few transactions per flush instead of one per poll. What is buffered at shutdown is written before the database
 * goes away.
 */
@Component
class TelemetryWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelemetryWriter.class);
    private static final int MAX_BATCH = 20_000;

    private final JdbcTelemetryStore store;
    private final Map<String, LatestStatus> latest = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<InputEvent> events = new ConcurrentLinkedQueue<>();
    private volatile boolean running;

    TelemetryWriter(JdbcTelemetryStore store) {
        this.store = store;
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

    @Scheduled(fixedDelayString = "${shelly-manager.telemetry.history.flush-interval:5s}")
    void flush() {
        try {
            List<LatestStatus> statuses = new ArrayList<>();
            for (String id : List.copyOf(latest.keySet())) {
                LatestStatus status = latest.remove(id);
                if (status != null) {
                    statuses.add(status);
                }
            }
            store.saveLatest(statuses);
            List<Sample> batch = new ArrayList<>();
            for (Sample s = samples.poll(); s != null; s = samples.poll()) {
                batch.add(s);
                if (batch.size() == MAX_BATCH) {
                    store.insertSamples(batch);
                    batch.clear();
                }
            }
            store.insertSamples(batch);
            List<InputEvent> eventBatch = new ArrayList<>();
            for (InputEvent e = events.poll(); e != null; e = events.poll()) {
                eventBatch.add(e);
            }
            store.insertEvents(eventBatch);
        } catch (RuntimeException e) {
            log.error("writing telemetry failed; the buffered values are lost", e);
        }
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

package org.shellymanager.manager.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the fleet. One loop thread looks every {@value #TICK_MILLIS} ms for devices whose poll is due (watched
 * devices first, then the most overdue), and starts each poll on its own virtual thread, at most
 * {@code concurrency} at once. A device is never polled twice at the same time, and a slow or dead one only holds
 * its own virtual thread (until the device library's timeouts end the poll), so it never delays the others.
 * The next poll is due one interval (by device, tag, model, watch, push or back-off) after the last due time,
 * shifted by a random jitter. The targets follow the inventory, read every {@code inventory-refresh} on a thread of
 * its own, so a database that is away never holds up a poll.
 */
@Component
class PollScheduler implements SmartLifecycle {

    static final long TICK_MILLIS = 100;
    private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);

    private final PollTargets targets;
    private final DevicePoller poller;
    private final TelemetryProperties properties;
    private final TelemetryMetrics metrics;
    private final Clock clock;
    private final Semaphore slots;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Thread loop;
    private volatile boolean running;

    PollScheduler(PollTargets targets, DevicePoller poller, TelemetryProperties properties, TelemetryMetrics metrics,
                  Clock clock) {
        this.targets = targets;
        this.poller = poller;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.slots = new Semaphore(properties.concurrency());
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            log.info("telemetry polling is off (shelly-manager.telemetry.enabled=false)");
            return;
        }
        running = true;
        loop = Thread.ofPlatform().name("telemetry-scheduler").daemon().start(this::run);
        log.info("telemetry polling every {} (concurrency {}, offline after {} missed polls)", properties.interval(),
                properties.concurrency(), properties.offlineAfter());
    }

    private void run() {
        long nextRefresh = 0;
        while (running) {
            try {
                if (System.nanoTime() - nextRefresh >= 0 && refreshing.compareAndSet(false, true)) {
                    nextRefresh = System.nanoTime() + properties.inventoryRefresh().toNanos();
                    Thread.ofPlatform().name("telemetry-inventory").daemon().start(this::refresh);
                }
                dispatchDue();
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("telemetry scheduler round failed; trying again", e);
                sleepQuietly();
            }
        }
    }

    /**
     * Brings the targets in step with the inventory, on a thread of its own: while the database is away the read
     * fails (after the pool's connection timeout) and the devices already known are polled on as before.
     */
    private void refresh() {
        try {
            targets.sync();
        } catch (RuntimeException e) {
            log.warn("reading the inventory for polling failed; polling the {} devices known, trying again in {}: {}",
                    targets.all().size(), properties.inventoryRefresh(), e.toString());
        } finally {
            refreshing.set(false);
        }
    }

    /** Starts every due poll, watched devices first, then by how overdue they are. */
    void dispatchDue() throws InterruptedException {
        Instant now = clock.instant();
        List<PollTarget> due = targets.all().stream()
                .filter(t -> !t.inFlight.get() && !t.due().isAfter(now))
                .sorted(Comparator.comparing((PollTarget t) -> !t.watched(now)).thenComparing(t -> t.due()))
                .toList();
        metrics.lag(due.isEmpty() ? Duration.ZERO : Duration.between(due.getFirst().due(), now));
        for (PollTarget target : due) {
            slots.acquire();
            if (!running || !target.inFlight.compareAndSet(false, true)) {
                slots.release();
                continue;
            }
            Instant started = clock.instant();
            metrics.started(Duration.between(target.due(), started), properties.onTimeSlack());
            metrics.inFlight(1);
            threads.execute(() -> {
                try {
                    poller.poll(target);
                } finally {
                    target.due(next(target, started));
                    target.inFlight.set(false);
                    metrics.inFlight(-1);
                    slots.release();
                }
            });
        }
    }

    private Instant next(PollTarget target, Instant started) {
        Instant now = clock.instant();
        Duration interval = target.interval(targets.interval(target.device()), properties, now);
        long jitter = properties.jitter().toMillis();
        long shift = jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter / 2, jitter / 2 + 1);
        Instant next = target.due().plus(interval).plusMillis(shift);
        if (next.isBefore(started)) {
            next = started.plus(interval);
        }
        return next.isBefore(now) ? now.plus(interval) : next;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = loop;
        if (thread != null) {
            thread.interrupt();
        }
        threads.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

package org.shellymanager.manager.telemetry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The scheduler's own metrics: poll latency, poll errors by reason, polls started on time or late, and how far the
 * most overdue device is behind its due time (queue lag).
 */
@Component
class TelemetryMetrics {

    private final MeterRegistry registry;
    private final Timer latency;
    private final Counter onTime;
    private final Counter late;
    private final AtomicLong lagMillis = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();

    TelemetryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("shelly.poll.latency").description("time to poll one device, answered or not")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.onTime = Counter.builder("shelly.poll.started").tag("timing", "on_time")
                .description("polls started, on time or late").register(registry);
        this.late = Counter.builder("shelly.poll.started").tag("timing", "late").register(registry);
        Gauge.builder("shelly.poll.queue.lag", lagMillis, lag -> lag.get() / 1000.0).baseUnit("seconds")
                .description("how long the most overdue device has waited past its due time").register(registry);
        Gauge.builder("shelly.poll.in.flight", inFlight, AtomicLong::get).description("polls running now")
                .register(registry);
    }

    void polled(long nanos, String errorOrNull) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
        if (errorOrNull != null) {
            Counter.builder("shelly.poll.errors").tag("reason", errorOrNull).description("polls that failed, by reason")
                    .register(registry).increment();
        }
    }

    void started(Duration behindDue, Duration slack) {
        (behindDue.compareTo(slack) <= 0 ? onTime : late).increment();
    }

    void lag(Duration behind) {
        lagMillis.set(Math.max(0, behind.toMillis()));
    }

    void inFlight(long delta) {
        inFlight.addAndGet(delta);
    }

    long onTimeCount() {
        return (long) onTime.count();
    }

    long lateCount() {
        return (long) late.count();
    }
}

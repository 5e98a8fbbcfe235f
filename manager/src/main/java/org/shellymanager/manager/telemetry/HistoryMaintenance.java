package org.shellymanager.manager.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completing and downsampling history, and retention, run every {@code history.maintenance-interval}. The writer
 * stores each 5-minute bucket itself, over every sample polled; a bucket it lost (the server was killed) is made here
 * from the raw points stored in it, once no bucket of that window is held by the writer any more. Each complete hour
 * of 5-minute buckets becomes an hourly one; then raw points past {@code raw-retention}, 5-minute buckets past
 * {@code five-minute-retention}, and hourly buckets and input events past {@code aggregate-retention}, are deleted. How far each step has got is stored ({@code telemetry_rollup}) in the
 * same transaction as its rows, so a restart resumes without a gap and without counting a bucket twice. Hourly
 * buckets stored as rows before schema version 24 are moved into day blocks once the server has started, and before
 * the first round of a process.
 */
@Component
class HistoryMaintenance {

    private static final Logger log = LoggerFactory.getLogger(HistoryMaintenance.class);
    private static final Duration FIVE_MINUTES = Resolution.FIVE_MINUTES.bucket();
    private static final Duration HOUR = Resolution.HOUR.bucket();

    private final JdbcHistoryStore store;
    private final JdbcHourDays hours;
    private final TelemetryWriter writer;
    private final TransactionTemplate transactions;
    private final TelemetryProperties.History properties;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private boolean converted;

    HistoryMaintenance(JdbcHistoryStore store, JdbcHourDays hours, TelemetryWriter writer, TransactionTemplate transactions,
                       TelemetryProperties properties, TaskScheduler scheduler, Clock clock) {
        this.store = store;
        this.hours = hours;
        this.writer = writer;
        this.transactions = transactions;
        this.properties = properties.history();
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${shelly-manager.telemetry.history.maintenance-interval:5m}",
            fixedDelayString = "${shelly-manager.telemetry.history.maintenance-interval:5m}")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            log.error("history maintenance failed; it runs again in {}", properties.maintenanceInterval(), e);
        }
    }

    /**
     * Once the server is ready, on one of the scheduler's platform threads: readiness does not wait for it, and a
     * thread that waits inside the SQLite driver holds no carrier of the virtual threads that answer requests.
     */
    @EventListener(ApplicationReadyEvent.class)
    void convertOnStart() {
        scheduler.schedule(() -> {
            try {
                convertHourRows();
            } catch (RuntimeException e) {
                log.error("moving hourly history into day blocks failed; the next history maintenance tries again", e);
            }
        }, scheduler.getClock().instant());
    }

    /**
     * Moves the hourly rows of {@code telemetry_buckets} into day blocks, a batch of series per transaction, once per
     * process; returns the rows moved.
     */
    synchronized int convertHourRows() {
        if (converted) {
            return 0;
        }
        List<Integer> series = hours.unconverted();
        if (!series.isEmpty()) {
            log.info("moving the hourly history of {} series into day blocks", series.size());
        }
        int rows = 0;
        for (int i = 0; i < series.size(); i += HourRowConversion.SERIES_PER_BATCH) {
            List<Integer> batch = series.subList(i, Math.min(series.size(), i + HourRowConversion.SERIES_PER_BATCH));
            rows += transactions.execute(tx -> hours.convert(batch));
        }
        if (!series.isEmpty()) {
            log.info("moved {} hourly buckets of {} series into day blocks", rows, series.size());
        }
        converted = true;
        return rows;
    }

    /** One round of completing, downsampling and retention; returns the buckets made. */
    synchronized int run() {
        convertHourRows();
        Instant now = clock.instant();
        Instant complete = floor(now.minus(properties.settled()), FIVE_MINUTES);
        Instant rawFloor = floor(now.minus(properties.rawRetention()), FIVE_MINUTES);
        int[] buckets = {0};
        Instant filled = writer.whileNotWriting(held -> {
            Instant until = held < complete.toEpochMilli() ? floor(Instant.ofEpochMilli(held), FIVE_MINUTES) : complete;
            Instant next = store.doneUntil(Resolution.FIVE_MINUTES)
                    .or(() -> store.firstPoint().map(first -> floor(first, FIVE_MINUTES)))
                    .filter(start -> start.isAfter(rawFloor)).orElse(rawFloor);
            for (; next.isBefore(until); next = next.plus(FIVE_MINUTES)) {
                Instant bucket = next;
                buckets[0] += transactions.execute(tx -> {
                    int added = store.fillFiveMinutes(bucket);
                    store.doneUntil(Resolution.FIVE_MINUTES, bucket.plus(FIVE_MINUTES));
                    return added;
                });
            }
            return next;
        });
        Instant nextHour = store.doneUntil(Resolution.HOUR).orElse(floor(filled.minus(properties.rawRetention()), HOUR));
        for (; !nextHour.plus(HOUR).isAfter(filled); nextHour = nextHour.plus(HOUR)) {
            Instant hour = nextHour;
            buckets[0] += transactions.execute(tx -> {
                int added = store.aggregateHour(hour);
                store.doneUntil(Resolution.HOUR, hour.plus(HOUR));
                return added;
            });
        }
        int[] deleted = store.deleteBefore(now.minus(properties.rawRetention()),
                now.minus(properties.fiveMinuteRetention()), now.minus(properties.aggregateRetention()));
        store.deleteEventsBefore(now.minus(properties.aggregateRetention()));
        log.debug("history maintenance: {} buckets made, {} raw points and {} buckets past retention removed",
                buckets[0], deleted[0], deleted[1]);
        return buckets[0];
    }

    /** The last complete hour's end: energy queries read hourly buckets before it and raw points after. */
    Instant hourlyUntil() {
        return store.doneUntil(Resolution.HOUR).orElse(Instant.EPOCH);
    }

    static Instant floor(Instant instant, Duration step) {
        long millis = step.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli(), millis) * millis).truncatedTo(ChronoUnit.MILLIS);
    }
}

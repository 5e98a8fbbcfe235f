package org.shellymanager.manager.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Downsampling and retention, run every {@code history.maintenance-interval}: each complete 5-minute window of raw
 * samples becomes one aggregate per device, channel and metric (min, max, sum, count), each complete hour of those
 * becomes an hourly one; then raw samples past {@code raw-retention}, and aggregates and input events (which are not
 * downsampled) past {@code aggregate-retention}, are deleted. A window counts as complete once the writer has surely flushed it (two flush intervals plus 10 s).
 * Where it left off is read from the aggregates themselves, so a restart resumes without a gap.
 */
@Component
class HistoryMaintenance {

    private static final Logger log = LoggerFactory.getLogger(HistoryMaintenance.class);
    private static final Duration FIVE_MINUTES = Resolution.FIVE_MINUTES.bucket();
    private static final Duration HOUR = Resolution.HOUR.bucket();

    private final JdbcHistoryStore store;
    private final TransactionTemplate transactions;
    private final TelemetryProperties.History properties;
    private final Clock clock;

    HistoryMaintenance(JdbcHistoryStore store, TransactionTemplate transactions, TelemetryProperties properties,
                       Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.properties = properties.history();
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

    /** One round of downsampling and retention; returns the buckets aggregated. */
    int run() {
        Instant now = clock.instant();
        Instant complete = now.minus(properties.flushInterval().multipliedBy(2)).minusSeconds(10);
        Instant rawFloor = floor(now.minus(properties.rawRetention()), FIVE_MINUTES);
        Instant next5 = store.lastBucket(Resolution.FIVE_MINUTES).map(b -> b.plus(FIVE_MINUTES))
                .or(() -> store.firstSample().map(first -> floor(first, FIVE_MINUTES)))
                .orElse(floor(complete, FIVE_MINUTES));
        next5 = next5.isBefore(rawFloor) ? rawFloor : next5;
        int buckets = 0;
        while (!next5.plus(FIVE_MINUTES).isAfter(complete)) {
            Instant bucket = next5;
            transactions.executeWithoutResult(tx -> store.aggregateFiveMinutes(bucket));
            next5 = next5.plus(FIVE_MINUTES);
            buckets++;
        }
        Instant nextHour = store.lastBucket(Resolution.HOUR).map(b -> b.plus(HOUR))
                .orElse(floor(next5.minus(properties.rawRetention()), HOUR));
        while (!nextHour.plus(HOUR).isAfter(next5)) {
            Instant bucket = nextHour;
            transactions.executeWithoutResult(tx -> store.aggregateHour(bucket));
            nextHour = nextHour.plus(HOUR);
            buckets++;
        }
        int raw = store.deleteSamplesBefore(now.minus(properties.rawRetention()));
        int aggregates = store.deleteAggregatesBefore(now.minus(properties.aggregateRetention()));
        store.deleteEventsBefore(now.minus(properties.aggregateRetention()));
        log.debug("history maintenance: {} buckets aggregated, {} raw samples and {} aggregates past retention removed",
                buckets, raw, aggregates);
        return buckets;
    }

    /** The last complete hour's start: energy queries read hourly aggregates before it and raw samples after. */
    Instant hourlyUntil() {
        return store.lastBucket(Resolution.HOUR).map(b -> b.plus(HOUR)).orElse(Instant.EPOCH);
    }

    static Instant floor(Instant instant, Duration step) {
        long millis = step.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli(), millis) * millis).truncatedTo(ChronoUnit.MILLIS);
    }
}

package org.shellymanager.manager.telemetry;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shelly-manager.telemetry}.
 *
 * @param enabled          poll the fleet at all
 * @param interval         how often a device is polled
 * @param tagIntervals     intervals for devices carrying a tag (the shortest of a device's tags wins)
 * @param modelIntervals   intervals by model code ({@code SHSW-1}, {@code SNSW-001P16EU} ...)
 * @param deviceIntervals  intervals by inventory id; these win over tags and models
 * @param watchedInterval  the interval of devices a user is looking at (see the watch API)
 * @param watchTime        how long a watch lasts unless renewed
 * @param jitter           polls are spread by up to this much around their due time
 * @param concurrency      polls in flight at once, fleet-wide (each device's own limit is kept by the device library)
 * @param offlineAfter     missed polls after which a device counts as offline
 * @param backoffMax       the longest interval between polls of an offline device (never shorter than its normal one)
 * @param onTimeSlack      a poll that starts later than this after its due time counts as late
 * @param inventoryRefresh how often the devices to poll are read from the inventory (a device added, moved or
 *                         forgotten is picked up within this time)
 * @param push             optional Gen2+ WebSocket per device
 * @param history          what is kept and for how long
 * @param metrics          per-device Prometheus gauges
 */
@ConfigurationProperties("shelly-manager.telemetry")
public record TelemetryProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("30s") Duration interval,
                                  Map<String, Duration> tagIntervals,
                                  Map<String, Duration> modelIntervals,
                                  Map<String, Duration> deviceIntervals,
                                  @DefaultValue("5s") Duration watchedInterval,
                                  @DefaultValue("2m") Duration watchTime,
                                  @DefaultValue("3s") Duration jitter,
                                  @DefaultValue("256") int concurrency,
                                  @DefaultValue("3") int offlineAfter,
                                  @DefaultValue("5m") Duration backoffMax,
                                  @DefaultValue("1s") Duration onTimeSlack,
                                  @DefaultValue("15s") Duration inventoryRefresh,
                                  @DefaultValue Push push,
                                  @DefaultValue History history,
                                  @DefaultValue Metrics metrics) {

    public TelemetryProperties {
        tagIntervals = checkedIntervals(tagIntervals, "tag-intervals");
        modelIntervals = checkedIntervals(modelIntervals, "model-intervals");
        deviceIntervals = checkedIntervals(deviceIntervals, "device-intervals");
        requireAtLeast(interval, Duration.ofSeconds(1), "interval");
        requireAtLeast(watchedInterval, Duration.ofSeconds(1), "watched-interval");
        requireAtLeast(watchTime, Duration.ofSeconds(1), "watch-time");
        requireAtLeast(backoffMax, Duration.ofSeconds(1), "backoff-max");
        requireAtLeast(inventoryRefresh, Duration.ofSeconds(1), "inventory-refresh");
        if (jitter == null || jitter.isNegative() || onTimeSlack == null || onTimeSlack.isNegative()) {
            throw invalid("jitter and on-time-slack must not be negative");
        }
        if (concurrency < 1 || concurrency > 10_000) {
            throw invalid("concurrency must be from 1 to 10000, was " + concurrency);
        }
        if (offlineAfter < 1 || offlineAfter > 100) {
            throw invalid("offline-after must be from 1 to 100 missed polls, was " + offlineAfter);
        }
    }

    /**
     * @param enabled      keep a WebSocket open to every Gen2+ device (the device's own outbound WebSocket setting is
     *                     never touched)
     * @param pollInterval how often a device with a healthy socket is still polled
     */
    public record Push(@DefaultValue("false") boolean enabled, @DefaultValue("5m") Duration pollInterval) {

        public Push {
            requireAtLeast(pollInterval, Duration.ofSeconds(1), "push.poll-interval");
        }
    }

    /**
     * @param enabled            record history at all
     * @param sampleInterval     at most one raw history sample per device in this time (polls in between only update the
     *                           latest status)
     * @param rawRetention       how long raw samples are kept
     * @param fiveMinuteRetention how long 5-minute aggregates are kept (from {@code raw-retention} to
     *                           {@code aggregate-retention})
     * @param aggregateRetention how long hourly aggregates and input events are kept
     * @param flushInterval      how often buffered samples are written, in one batch
     * @param maintenanceInterval how often aggregates are computed and old data removed
     * @param bufferLimit        raw points (and, separately, closed 5-minute buckets and input events) held in memory
     *                           while they cannot be written; past it the oldest are dropped and counted
     * @param heartbeat          a reading equal to the one stored before it is stored again only once this much time
     *                           has passed since (aggregates count every sample all the same)
     */
    public record History(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration sampleInterval,
                          @DefaultValue("7d") Duration rawRetention, @DefaultValue("90d") Duration fiveMinuteRetention,
                          @DefaultValue("730d") Duration aggregateRetention,
                          @DefaultValue("5s") Duration flushInterval, @DefaultValue("5m") Duration maintenanceInterval,
                          @DefaultValue("250000") int bufferLimit, @DefaultValue("5m") Duration heartbeat) {

        public History {
            requireAtLeast(sampleInterval, Duration.ZERO, "history.sample-interval");
            requireAtLeast(rawRetention, Duration.ofHours(2), "history.raw-retention");
            requireAtLeast(fiveMinuteRetention, rawRetention, "history.five-minute-retention");
            requireAtLeast(aggregateRetention, fiveMinuteRetention, "history.aggregate-retention");
            requireAtLeast(flushInterval, Duration.ofMillis(100), "history.flush-interval");
            requireAtLeast(maintenanceInterval, Duration.ofSeconds(1), "history.maintenance-interval");
            requireAtLeast(heartbeat, Duration.ZERO, "history.heartbeat");
            if (bufferLimit < 1 || bufferLimit > 50_000_000) {
                throw invalid("history.buffer-limit must be from 1 to 50000000, was " + bufferLimit);
            }
        }

        /** How long history at a resolution is kept. */
        Duration retention(Resolution resolution) {
            return switch (resolution) {
                case RAW -> rawRetention;
                case FIVE_MINUTES -> fiveMinuteRetention;
                case HOUR -> aggregateRetention;
            };
        }

        /** How long after a time window ends its samples have surely been flushed: two flush intervals and 10 s. */
        Duration settled() {
            return flushInterval.multipliedBy(2).plusSeconds(10);
        }
    }

    /**
     * @param deviceGauges per-device gauges on {@code /actuator/prometheus}
     * @param labels       which labels they carry: any of {@code id, name, model, room, tags}
     * @param maxDevices   gauges for at most this many devices (in id order), to bound label cardinality
     */
    public record Metrics(@DefaultValue("true") boolean deviceGauges,
                          @DefaultValue({"id", "name", "model", "room"}) List<String> labels,
                          @DefaultValue("1000") int maxDevices) {

        static final List<String> KNOWN_LABELS = List.of("id", "name", "model", "room", "tags");

        public Metrics {
            labels = List.copyOf(labels);
            if (!KNOWN_LABELS.containsAll(labels) || !labels.contains("id")) {
                throw invalid("metrics.labels must include id and be from " + KNOWN_LABELS + ", was " + labels);
            }
            if (maxDevices < 0) {
                throw invalid("metrics.max-devices must not be negative");
            }
        }
    }

    private static Map<String, Duration> checkedIntervals(Map<String, Duration> intervals, String name) {
        Map<String, Duration> copy = intervals == null ? Map.of() : Map.copyOf(intervals);
        copy.forEach((key, value) -> requireAtLeast(value, Duration.ofSeconds(1), name + "." + key));
        return copy;
    }

    private static void requireAtLeast(Duration value, Duration least, String name) {
        if (value == null || value.compareTo(least) < 0) {
            throw invalid(name + " must be at least " + least + ", was " + value);
        }
    }

    private static IllegalArgumentException invalid(String detail) {
        return new IllegalArgumentException("shelly-manager.telemetry." + detail);
    }
}

package org.shellymanager.manager.telemetry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns samples into what history stores, per series, in memory: a raw point only when the reading changed or a
 * heartbeat has passed since the last stored one (energy, the Wh used since the previous sample, whenever it is not
 * zero), and the current 5-minute bucket (min, max, sum, count of every sample), handed over as a row once it is
 * closed. A sample of a bucket already closed (it came too late) is a raw point only.
 */
final class SeriesRecorder {

    static final long FIVE_MINUTES = 300_000L;
    private static final long NONE = Long.MIN_VALUE;

    private final Map<SeriesKey, State> series = new HashMap<>();
    private final long heartbeat;

    SeriesRecorder(long heartbeatMillis) {
        this.heartbeat = heartbeatMillis;
    }

    /** A raw point to store. */
    record Point(SeriesKey series, long ts, double reading) {
    }

    /**
     * A closed 5-minute bucket; {@code merge} for the first one of a series since the start, which a previous run may
     * have written in part (it wrote its open buckets on shutdown).
     */
    record Bucket(SeriesKey series, long start, double min, double max, double sum, int samples, boolean merge) {
    }

    /** What recording produced: points and closed buckets to write. */
    record Rows(List<Point> points, List<Bucket> buckets) {
    }

    synchronized Rows record(List<Sample> samples) {
        Rows rows = new Rows(new ArrayList<>(), new ArrayList<>());
        for (Sample sample : samples) {
            State state = series.computeIfAbsent(SeriesKey.of(sample), State::new);
            long ts = sample.at().toEpochMilli();
            double value = sample.reading().value();
            aggregate(state, ts, value, rows.buckets());
            store(state, ts, value, rows.points());
        }
        return rows;
    }

    /** Closes the open buckets that end at or before {@code until}; all of them with {@code Long.MAX_VALUE}. */
    synchronized List<Bucket> closeUntil(long until) {
        List<Bucket> closed = new ArrayList<>();
        for (State state : series.values()) {
            if (state.bucket != NONE && state.bucket <= until - FIVE_MINUTES) {
                closed.add(close(state));
            }
        }
        return closed;
    }

    /** The start of the oldest bucket still open, {@code Long.MAX_VALUE} when none is. */
    synchronized long oldestOpen() {
        return series.values().stream().mapToLong(s -> s.bucket == NONE ? Long.MAX_VALUE : s.bucket).min()
                .orElse(Long.MAX_VALUE);
    }

    /** Forgets the series of devices no longer in the inventory. */
    synchronized void forget(Set<String> deviceIds) {
        series.keySet().removeIf(key -> deviceIds.contains(key.deviceId()));
    }

    private static void aggregate(State state, long ts, double value, List<Bucket> closed) {
        long bucket = Math.floorDiv(ts, FIVE_MINUTES) * FIVE_MINUTES;
        if (bucket <= state.closedThrough || state.bucket != NONE && bucket < state.bucket) {
            return;
        }
        if (state.bucket != NONE && bucket > state.bucket) {
            closed.add(close(state));
        }
        if (state.bucket == NONE) {
            state.bucket = bucket;
            state.min = value;
            state.max = value;
        }
        state.min = Math.min(state.min, value);
        state.max = Math.max(state.max, value);
        state.sum += value;
        state.count++;
    }

    private static Bucket close(State state) {
        Bucket bucket = new Bucket(state.key, state.bucket, state.min, state.max, state.sum, state.count,
                state.closedThrough == NONE);
        state.closedThrough = state.bucket;
        state.bucket = NONE;
        state.sum = 0;
        state.count = 0;
        return bucket;
    }

    private void store(State state, long ts, double reading, List<Point> points) {
        boolean energy = state.key.metric() == Metric.ENERGY;
        double value = energy ? state.carry + reading : reading;
        boolean stored = state.storedAt != NONE;
        if (stored && ts <= state.storedAt) {
            state.carry = energy ? value : 0;
            return;
        }
        boolean changed = !stored || (energy ? value != 0 : Double.compare(value, state.stored) != 0);
        if (!changed && ts - state.storedAt < heartbeat) {
            return;
        }
        points.add(new Point(state.key, ts, value));
        state.storedAt = ts;
        state.stored = value;
        state.carry = 0;
    }

    /** One series: its last stored point, energy not stored yet, and its open bucket. */
    private static final class State {

        final SeriesKey key;
        long storedAt = NONE;
        double stored;
        double carry;
        long closedThrough = NONE;
        long bucket = NONE;
        double min;
        double max;
        double sum;
        int count;

        State(SeriesKey key) {
            this.key = key;
        }
    }
}

package org.shellymanager.manager.telemetry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A first-in first-out buffer that holds at most {@code limit} items: adding past the limit drops the oldest and
 * counts them. Items taken for a write that failed go back to the front, where they are the oldest again.
 */
final class BoundedBuffer<T> {

    private final int limit;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private long dropped;

    BoundedBuffer(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a buffer holds at least one item, the limit was " + limit);
        }
        this.limit = limit;
    }

    synchronized void addAll(List<T> more) {
        items.addAll(more);
        trim();
    }

    /** Removes and returns up to {@code max} of the oldest items. */
    synchronized List<T> take(int max) {
        List<T> taken = new ArrayList<>(Math.min(max, items.size()));
        while (taken.size() < max && !items.isEmpty()) {
            taken.add(items.pollFirst());
        }
        return taken;
    }

    /** Puts items {@link #take taken} earlier back in front, in their order; past the limit the oldest are dropped. */
    synchronized void putBack(List<T> taken) {
        for (int i = taken.size() - 1; i >= 0; i--) {
            items.addFirst(taken.get(i));
        }
        trim();
    }

    /** The least of {@code value} over the items held, {@code Long.MAX_VALUE} when there are none. */
    synchronized long min(ToLongFunction<T> value) {
        return items.stream().mapToLong(value).min().orElse(Long.MAX_VALUE);
    }

    synchronized int size() {
        return items.size();
    }

    /** Items dropped since the start because the buffer was full. */
    synchronized long dropped() {
        return dropped;
    }

    int limit() {
        return limit;
    }

    private void trim() {
        while (items.size() > limit) {
            items.pollFirst();
            dropped++;
        }
    }
}

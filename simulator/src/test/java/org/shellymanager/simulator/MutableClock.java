package org.shellymanager.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/** A clock tests move by hand. */
final class MutableClock implements InstantSource {

    private final AtomicLong millis = new AtomicLong(Instant.parse("2025-06-01T10:00:00Z").toEpochMilli());

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public long millis() {
        return millis.get();
    }

    void advance(Duration by) {
        millis.addAndGet(by.toMillis());
    }
}

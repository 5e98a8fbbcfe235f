package org.shellymanager.device.crosscheck;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/** The system clock plus an offset the test moves forward, so simulated covers travel without waiting. */
final class AdvancingClock implements InstantSource {

    private final AtomicLong offsetMs = new AtomicLong();

    void advance(Duration duration) {
        offsetMs.addAndGet(duration.toMillis());
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + offsetMs.get();
    }
}

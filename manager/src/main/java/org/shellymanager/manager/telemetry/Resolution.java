package org.shellymanager.manager.telemetry;

import java.time.Duration;
import java.util.Locale;

/** How finely history is read: every raw sample, or 5-minute or hourly aggregates. */
public enum Resolution {
    RAW(Duration.ZERO), FIVE_MINUTES(Duration.ofMinutes(5)), HOUR(Duration.ofHours(1));

    private final Duration bucket;

    Resolution(Duration bucket) {
        this.bucket = bucket;
    }

    Duration bucket() {
        return bucket;
    }

    int seconds() {
        return (int) bucket.toSeconds();
    }

    /** {@code raw}, {@code 5m}, {@code 1h}, or {@code auto}: raw up to 6 hours, 5-minute up to 7 days, else hourly. */
    static Resolution parse(String text, Duration range) {
        return switch (text == null ? "auto" : text.strip().toLowerCase(Locale.ROOT)) {
            case "raw" -> RAW;
            case "5m" -> FIVE_MINUTES;
            case "1h" -> HOUR;
            case "auto" -> range.compareTo(Duration.ofHours(6)) <= 0 ? RAW
                    : range.compareTo(Duration.ofDays(7)) <= 0 ? FIVE_MINUTES : HOUR;
            default -> throw new IllegalArgumentException("resolution must be raw, 5m, 1h or auto, was '" + text + "'");
        };
    }
}

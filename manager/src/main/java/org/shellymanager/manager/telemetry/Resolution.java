package org.shellymanager.manager.telemetry;

import java.time.Duration;
import java.time.Instant;
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

    /**
     * {@code raw}, {@code 5m}, {@code 1h}, or {@code auto}: raw up to 6 hours, 5-minute up to 7 days, else hourly, and
     * the next coarser one while the range starts before {@code now} less what the chosen resolution is kept for.
     */
    static Resolution parse(String text, Instant from, Instant to, Instant now, TelemetryProperties.History kept) {
        return switch (text == null ? "auto" : text.strip().toLowerCase(Locale.ROOT)) {
            case "raw" -> RAW;
            case "5m" -> FIVE_MINUTES;
            case "1h" -> HOUR;
            case "auto" -> auto(from, to, now, kept);
            default -> throw new IllegalArgumentException("resolution must be raw, 5m, 1h or auto, was '" + text + "'");
        };
    }

    private static Resolution auto(Instant from, Instant to, Instant now, TelemetryProperties.History kept) {
        Duration range = Duration.between(from, to);
        Resolution chosen = range.compareTo(Duration.ofHours(6)) <= 0 ? RAW
                : range.compareTo(Duration.ofDays(7)) <= 0 ? FIVE_MINUTES : HOUR;
        while (chosen != HOUR && from.isBefore(now.minus(kept.retention(chosen)))) {
            chosen = values()[chosen.ordinal() + 1];
        }
        return chosen;
    }
}

package org.shellymanager.manager.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** How pages write times and measurements; available to every template as {@code fmt}. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Clock clock;
    private final ZoneId zone = ZoneId.systemDefault();

    Formats(Clock clock) {
        this.clock = clock;
    }

    /** A moment in the server's time zone, or a dash. */
    public String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant.atZone(zone));
    }

    /** How long ago, coarsely: {@code 5 s ago}, {@code 3 min ago}, {@code 2 h ago}, {@code 4 d ago}. */
    public String ago(Instant instant) {
        if (instant == null) {
            return "never";
        }
        long seconds = Math.max(0, Duration.between(instant, clock.instant()).toSeconds());
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        return seconds < 86_400 ? seconds / 3600 + " h ago" : seconds / 86_400 + " d ago";
    }

    /** Watts with one decimal below 100 W, whole watts above, kilowatts from 10 kW; a dash when unknown. */
    public String power(Double watts) {
        if (watts == null) {
            return "–";
        }
        if (Math.abs(watts) >= 10_000) {
            return String.format(Locale.ROOT, "%.1f kW", watts / 1000);
        }
        return String.format(Locale.ROOT, Math.abs(watts) < 100 ? "%.1f W" : "%.0f W", watts);
    }

    /** Energy in Wh below 1 kWh, kWh with two decimals above; a dash when unknown. */
    public String energy(Double wattHours) {
        if (wattHours == null) {
            return "–";
        }
        return wattHours < 1000 ? String.format(Locale.ROOT, "%.0f Wh", wattHours)
                : String.format(Locale.ROOT, "%.2f kWh", wattHours / 1000);
    }

    /** Percent done of a job's progress, 0 while its size is unknown. */
    public int percent(int done, int total) {
        return total <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * done / total));
    }
}

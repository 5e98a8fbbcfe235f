package org.shellymanager.manager.telemetry;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The documented defaults, as the server binds them with nothing configured. */
final class TelemetryPropertiesFixture {

    private TelemetryPropertiesFixture() {
    }

    static TelemetryProperties defaults() {
        return new TelemetryProperties(true, Duration.ofSeconds(30), Map.of(), Map.of(), Map.of(), Duration.ofSeconds(5),
                Duration.ofMinutes(2), Duration.ofSeconds(3), 256, 3, Duration.ofMinutes(5), Duration.ofSeconds(1),
                Duration.ofSeconds(15), new TelemetryProperties.Push(false, Duration.ofMinutes(5)),
                new TelemetryProperties.History(true, Duration.ofSeconds(30), Duration.ofDays(7), Duration.ofDays(90),
                        Duration.ofDays(730), Duration.ofSeconds(5), Duration.ofMinutes(5), 250_000, Duration.ofMinutes(5)),
                new TelemetryProperties.Metrics(true, List.of("id", "name", "model", "room"), 1000));
    }
}

package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** How long each resolution is kept, and the automatic resolution never reaching past what is kept. */
class HistoryRetentionTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final TelemetryProperties.History DEFAULTS = TelemetryPropertiesFixture.defaults().history();

    @Test
    void fiveMinuteBucketsAreKeptForNinetyDaysAndHourlyOnesForTwoYearsByDefault() {
        assertThat(DEFAULTS.retention(Resolution.RAW)).isEqualTo(Duration.ofDays(7));
        assertThat(DEFAULTS.retention(Resolution.FIVE_MINUTES)).isEqualTo(Duration.ofDays(90));
        assertThat(DEFAULTS.retention(Resolution.HOUR)).isEqualTo(Duration.ofDays(730));
    }

    @Test
    void fiveMinuteRetentionMustLieBetweenTheRawAndTheAggregateRetention() {
        assertThatThrownBy(() -> kept(Duration.ofDays(7), Duration.ofDays(6), Duration.ofDays(730)))
                .hasMessageContaining("history.five-minute-retention");
        assertThatThrownBy(() -> kept(Duration.ofDays(7), Duration.ofDays(731), Duration.ofDays(730)))
                .hasMessageContaining("history.aggregate-retention");
        assertThat(kept(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(7)).retention(Resolution.FIVE_MINUTES))
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void autoPicksFiveMinutesForADayWithinTheFiveMinuteRetention() {
        assertThat(auto(NOW.minus(Duration.ofDays(89)), NOW.minus(Duration.ofDays(88)), DEFAULTS))
                .isEqualTo(Resolution.FIVE_MINUTES);
    }

    @Test
    void autoPicksHourlyForADayReachingPastTheFiveMinuteRetention() {
        assertThat(auto(NOW.minus(Duration.ofDays(91)), NOW.minus(Duration.ofDays(90)), DEFAULTS))
                .isEqualTo(Resolution.HOUR);
    }

    @Test
    void autoPicksFiveMinutesForAnHourOlderThanTheRawRetention() {
        assertThat(auto(NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(8)).plus(Duration.ofHours(1)), DEFAULTS))
                .isEqualTo(Resolution.FIVE_MINUTES);
        assertThat(auto(NOW.minus(Duration.ofHours(1)), NOW, DEFAULTS)).isEqualTo(Resolution.RAW);
    }

    @Test
    void theChartsSevenDayRangePicksHourlyWhenFiveMinuteBucketsAreKeptForLess() {
        TelemetryProperties.History shortFiveMinutes = kept(Duration.ofHours(12), Duration.ofDays(3), Duration.ofDays(730));

        assertThat(auto(NOW.minus(Duration.ofDays(7)), NOW, shortFiveMinutes)).isEqualTo(Resolution.HOUR);
        assertThat(auto(NOW.minus(Duration.ofDays(7)), NOW, DEFAULTS)).isEqualTo(Resolution.FIVE_MINUTES);
        assertThat(auto(NOW.minus(Duration.ofDays(30)), NOW, DEFAULTS)).isEqualTo(Resolution.HOUR);
    }

    @Test
    void anExplicitResolutionIsKeptEvenPastItsRetention() {
        assertThat(Resolution.parse("5m", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(399)), NOW, DEFAULTS))
                .isEqualTo(Resolution.FIVE_MINUTES);
    }

    private static Resolution auto(Instant from, Instant to, TelemetryProperties.History kept) {
        return Resolution.parse("auto", from, to, NOW, kept);
    }

    private static TelemetryProperties.History kept(Duration raw, Duration fiveMinutes, Duration aggregate) {
        return new TelemetryProperties.History(true, Duration.ofSeconds(30), raw, fiveMinutes, aggregate,
                Duration.ofSeconds(5), Duration.ofMinutes(5), 250_000, Duration.ofMinutes(5));
    }
}

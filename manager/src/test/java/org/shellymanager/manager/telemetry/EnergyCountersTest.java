package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EnergyCountersTest {

    private final EnergyCounters counters = new EnergyCounters();

    @Test
    void sumsWhatTheCounterAddsBetweenSamples() {
        counters.count(counter(100.0));
        counters.count(counter(102.5));
        counters.count(counter(104.0));

        assertThat(counters.drain()).containsExactly(new Reading("switch:0", Metric.ENERGY, 4.0));
        assertThat(counters.drain()).isEmpty();
    }

    @Test
    void aCounterThatRestartsAfterARebootCountsWhatItShowsNotNegativeEnergy() {
        counters.count(counter(5000.0));
        counters.count(counter(5010.0));
        counters.count(counter(3.0));
        counters.count(counter(7.0));

        assertThat(counters.drain()).containsExactly(new Reading("switch:0", Metric.ENERGY, 10.0 + 3.0 + 4.0));
    }

    @Test
    void aDecreaseWithinRoundingIsNotAReset() {
        counters.count(counter(1000.0));
        counters.count(counter(999.995));
        counters.count(counter(1001.0));

        assertThat(counters.drain()).containsExactly(new Reading("switch:0", Metric.ENERGY, 1.0));
    }

    @Test
    void theStoredBaselineCarriesOverARestartOfTheServer() {
        counters.baseline(counter(42.0));
        counters.count(counter(50.0));

        assertThat(counters.drain()).containsExactly(new Reading("switch:0", Metric.ENERGY, 8.0));
    }

    @Test
    void theFirstCounterOnlySetsTheBaseline() {
        counters.count(counter(42.0));

        assertThat(counters.drain()).isEmpty();
    }

    private static List<Reading> counter(double wh) {
        return List.of(new Reading("switch:0", Metric.ENERGY_COUNTER, wh), new Reading("switch:0", Metric.POWER, 10));
    }
}

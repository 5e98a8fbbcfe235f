package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A new report's readings reuse the previous report's objects where they match, and always equal the new report. */
class ReadingsSharingTest {

    private static final List<Reading> BEFORE = List.of(new Reading(channel("switch:0"), Metric.POWER, 12.5),
            new Reading(channel("switch:0"), Metric.VOLTAGE, 230.1), new Reading(channel("device"), Metric.RSSI, -60));

    @Test
    void anUnchangedReadingIsThePreviousObjectAndAChangedOneKeepsThePreviousChannel() {
        List<Reading> now = List.of(new Reading(channel("switch:0"), Metric.POWER, 12.5),
                new Reading(channel("switch:0"), Metric.VOLTAGE, 229.8), new Reading(channel("device"), Metric.RSSI, -60));

        List<Reading> shared = Readings.sharing(BEFORE, now);

        assertThat(shared).isEqualTo(now);
        assertThat(shared.get(0)).isSameAs(BEFORE.get(0));
        assertThat(shared.get(1)).isNotSameAs(BEFORE.get(1));
        assertThat(shared.get(1).channel()).isSameAs(BEFORE.get(1).channel());
        assertThat(shared.get(2)).isSameAs(BEFORE.get(2));
    }

    @Test
    void aReportOfAnotherShapeIsTakenAsItIs() {
        List<Reading> fewer = List.of(new Reading("switch:0", Metric.POWER, 12.5));
        List<Reading> renamed = List.of(new Reading("switch:1", Metric.POWER, 12.5),
                new Reading("switch:0", Metric.VOLTAGE, 230.1), new Reading("device", Metric.RSSI, -60));
        List<Reading> otherMetric = List.of(new Reading("switch:0", Metric.CURRENT, 12.5),
                new Reading("switch:0", Metric.VOLTAGE, 230.1), new Reading("device", Metric.RSSI, -60));

        assertThat(Readings.sharing(BEFORE, fewer)).isSameAs(fewer);
        assertThat(Readings.sharing(BEFORE, renamed)).isSameAs(renamed);
        assertThat(Readings.sharing(BEFORE, otherMetric)).isSameAs(otherMetric);
        assertThat(Readings.sharing(List.of(), BEFORE)).isSameAs(BEFORE);
    }

    /** A channel string of its own, as parsing a reply makes one. */
    private static String channel(String name) {
        return new String(name.toCharArray());
    }
}

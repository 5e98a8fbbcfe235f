package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.shellymanager.manager.platform.MutableClock;
import org.shellymanager.manager.platform.OnEveryDatabase;
import org.shellymanager.manager.platform.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Downsampling and retention on known input, exact, on SQLite, PostgreSQL and MariaDB. */
@OnEveryDatabase
class HistoryMaintenanceTest {

    private static final String DEVICE = "00000000-0000-0000-0000-000000000001";
    private static final Instant TEN = Instant.parse("2026-01-01T10:00:00Z");
    @Parameter
    TestDatabase database;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T12:00:00Z"));
    private JdbcClient jdbc;
    private JdbcTelemetryStore samples;
    private JdbcHistoryStore history;
    private HistoryMaintenance maintenance;

    @BeforeEach
    void oneDevice() {
        jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("DELETE FROM devices").update();
        database.insertDevice(DEVICE, "AABBCCDDEE01");
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
        samples = new JdbcTelemetryStore(jdbc, new JdbcTemplate(database.dataSource()), transactions,
                JsonMapper.builder().build());
        history = new JdbcHistoryStore(jdbc);
        maintenance = new HistoryMaintenance(history, transactions, TelemetryPropertiesFixture.defaults(), clock);
    }

    @Test
    void fiveMinuteAndHourlyAggregatesAreExact() {
        samples.insertSamples(List.of(
                power("10:00:00", 10), power("10:01:00", 20), power("10:04:59.999", 30), power("10:05:00", 100),
                energy("10:00:00", 1.5), energy("10:02:00", 2.25), energy("10:06:00", 0.25)));

        maintenance.run();

        List<HistoryPoint> fiveMinutes = history.series(DEVICE, "switch:0", null, TEN, TEN.plus(Duration.ofHours(1)),
                Resolution.FIVE_MINUTES, 100);
        assertThat(fiveMinutes).containsExactly(
                new HistoryPoint("switch:0", "energy", TEN, 1.5, 2.25, 1.875, 3.75, 2),
                new HistoryPoint("switch:0", "power", TEN, 10, 30, 20, 60, 3),
                new HistoryPoint("switch:0", "energy", at("10:05:00"), 0.25, 0.25, 0.25, 0.25, 1),
                new HistoryPoint("switch:0", "power", at("10:05:00"), 100, 100, 100, 100, 1));
        List<HistoryPoint> hourly = history.series(DEVICE, null, null, TEN, TEN.plus(Duration.ofHours(1)),
                Resolution.HOUR, 100);
        assertThat(hourly).containsExactly(
                new HistoryPoint("switch:0", "energy", TEN, 0.25, 2.25, 4.0 / 3, 4.0, 3),
                new HistoryPoint("switch:0", "power", TEN, 10, 100, 40, 160, 4));
    }

    @Test
    void aRestartedMaintenanceDoesNotCountABucketTwice() {
        samples.insertSamples(List.of(power("10:00:00", 10), energy("10:00:00", 1.5)));

        maintenance.run();
        maintenance.run();

        assertThat(history.series(DEVICE, null, "energy", TEN, TEN.plus(Duration.ofHours(1)), Resolution.HOUR, 10))
                .singleElement().extracting(HistoryPoint::sum).isEqualTo(1.5);
    }

    @Test
    void energyPerHourComesFromAggregatesAndFromRawSamplesNotYetAggregated() {
        samples.insertSamples(List.of(energy("10:00:00", 1.5), energy("10:30:00", 2.5)));
        maintenance.run();
        samples.insertSamples(List.of(energy("11:59:00", 0.5)));

        List<JdbcHistoryStore.EnergyRow> rows = history.energy(List.of(DEVICE), TEN, clock.instant(),
                maintenance.hourlyUntil());

        assertThat(rows).extracting(JdbcHistoryStore.EnergyRow::wh).containsExactlyInAnyOrder(4.0, 0.5);
    }

    @Test
    void fleetEnergyAddsUpEveryChannelPerHourFromAggregatesAndRawSamples() {
        samples.insertSamples(List.of(energy("10:00:00", 1.5), energy("10:30:00", 2.5),
                new Sample(DEVICE, at("10:40:00"), new Reading("switch:1", Metric.ENERGY, 1.0)), power("10:41:00", 99)));
        maintenance.run();
        samples.insertSamples(List.of(energy("11:59:00", 0.5)));

        List<JdbcHistoryStore.EnergyRow> rows = history.fleetEnergy(TEN, clock.instant(), maintenance.hourlyUntil());

        assertThat(rows).extracting(JdbcHistoryStore.EnergyRow::at, JdbcHistoryStore.EnergyRow::wh)
                .containsExactlyInAnyOrder(tuple(TEN, 5.0),
                        tuple(at("11:59:00"), 0.5));
        assertThat(history.fleetEnergy(at("11:00:00"), at("11:30:00"), maintenance.hourlyUntil())).isEmpty();
    }

    @Test
    void dropsRawSamplesAndAggregatesPastTheirRetention() {
        Instant old = clock.instant().minus(Duration.ofDays(8));
        samples.insertSamples(List.of(new Sample(DEVICE, old, new Reading("switch:0", Metric.POWER, 5)),
                power("11:00:00", 7)));
        jdbc.sql("INSERT INTO telemetry_aggregates (device_id, channel, metric, resolution, bucket, min_value, max_value, "
                + "sum_value, samples) VALUES (?, 'switch:0', 'power', 3600, ?, 1, 1, 1, 1)")
                .params(DEVICE, clock.instant().minus(Duration.ofDays(731)).toEpochMilli()).update();

        maintenance.run();

        assertThat(jdbc.sql("SELECT ts FROM telemetry_samples").query(Long.class).list())
                .containsExactly(at("11:00:00").toEpochMilli());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telemetry_aggregates WHERE bucket < ?")
                .param(clock.instant().minus(Duration.ofDays(730)).toEpochMilli()).query(Long.class).single()).isZero();
    }

    private static Sample power(String time, double watts) {
        return new Sample(DEVICE, at(time), new Reading("switch:0", Metric.POWER, watts));
    }

    private static Sample energy(String time, double wh) {
        return new Sample(DEVICE, at(time), new Reading("switch:0", Metric.ENERGY, wh));
    }

    private static Instant at(String time) {
        return Instant.parse("2026-01-01T" + time + "Z");
    }
}

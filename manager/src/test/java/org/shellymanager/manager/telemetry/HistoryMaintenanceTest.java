package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.params.Parameter;
import org.shellymanager.manager.platform.MutableClock;
import org.shellymanager.manager.platform.OnEveryDatabase;
import org.shellymanager.manager.platform.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * History as the writer stores it and maintenance completes it: exact buckets over every sample with repeated readings
 * not stored again, a lost bucket made from the stored points, downsampling into day blocks, hourly rows from before
 * day blocks moved into them, and retention, on SQLite, PostgreSQL and MariaDB.
 */
@OnEveryDatabase
class HistoryMaintenanceTest {

    private static final String DEVICE = "00000000-0000-0000-0000-000000000001";
    private static final Instant TEN = Instant.parse("2026-01-01T10:00:00Z");
    @Parameter
    TestDatabase database;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T12:00:00Z"));
    private JdbcClient jdbc;
    private TransactionTemplate transactions;
    private JdbcSeriesStore series;
    private TelemetryWriter writer;
    private JdbcHistoryStore history;
    private JdbcHourDays hours;
    private ThreadPoolTaskScheduler scheduler;
    private HistoryMaintenance maintenance;

    @BeforeEach
    void oneDevice() {
        jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("DELETE FROM devices").update();
        jdbc.sql("DELETE FROM telemetry_rollup").update();
        database.insertDevice(DEVICE, "AABBCCDDEE01");
        transactions = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
        series = new JdbcSeriesStore(jdbc, new JdbcTemplate(database.dataSource()), transactions);
        writer = writer();
        hours = new JdbcHourDays(jdbc, new JdbcTemplate(database.dataSource()));
        history = new JdbcHistoryStore(jdbc, hours);
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        maintenance = new HistoryMaintenance(history, hours, writer, transactions, TelemetryPropertiesFixture.defaults(),
                scheduler, clock);
    }

    @AfterEach
    void stopScheduler() {
        scheduler.shutdown();
    }

    private TelemetryWriter writer() {
        return new TelemetryWriter(new JdbcTelemetryStore(jdbc, new JdbcTemplate(database.dataSource()), transactions,
                JsonMapper.builder().build()), series, TelemetryPropertiesFixture.defaults(), new SimpleMeterRegistry(), clock);
    }

    /** Records samples as polls do and writes them, with every bucket before the clock's time closed. */
    private void record(Sample... samples) {
        writer.samples(List.of(samples));
        writer.flush();
    }

    @Test
    void aggregatesCountEverySampleWhileRepeatedReadingsAreStoredOnce() {
        record(power("10:00:00", 10), power("10:01:00", 10), power("10:02:00", 20), power("10:04:59.999", 30),
                power("10:05:00", 100), energy("10:00:00", 1.5), energy("10:01:00", 0), energy("10:02:00", 2.25),
                energy("10:06:00", 0.25));

        maintenance.run();

        List<HistoryPoint> fiveMinutes = history.series(DEVICE, "switch:0", null, TEN, TEN.plus(Duration.ofHours(1)),
                Resolution.FIVE_MINUTES, 100);
        assertThat(fiveMinutes).containsExactly(
                new HistoryPoint("switch:0", "energy", TEN, 0, 2.25, 1.25, 3.75, 3),
                new HistoryPoint("switch:0", "power", TEN, 10, 30, 17.5, 70, 4),
                new HistoryPoint("switch:0", "energy", at("10:05:00"), 0.25, 0.25, 0.25, 0.25, 1),
                new HistoryPoint("switch:0", "power", at("10:05:00"), 100, 100, 100, 100, 1));
        List<HistoryPoint> hourly = history.series(DEVICE, null, null, TEN, TEN.plus(Duration.ofHours(1)),
                Resolution.HOUR, 100);
        assertThat(hourly).containsExactly(
                new HistoryPoint("switch:0", "energy", TEN, 0, 2.25, 1.0, 4.0, 4),
                new HistoryPoint("switch:0", "power", TEN, 10, 100, 34, 170, 5));
        assertThat(history.series(DEVICE, null, null, TEN, at("10:10:00"), Resolution.RAW, 100))
                .extracting(HistoryPoint::metric, HistoryPoint::at, HistoryPoint::sum).containsExactly(
                        tuple("energy", TEN, 1.5), tuple("power", TEN, 10.0), tuple("energy", at("10:02:00"), 2.25),
                        tuple("power", at("10:02:00"), 20.0), tuple("power", at("10:04:59.999"), 30.0),
                        tuple("power", at("10:05:00"), 100.0), tuple("energy", at("10:06:00"), 0.25));
    }

    @Test
    void anUnchangedReadingIsStoredAgainAfterTheHeartbeat() {
        record(power("10:00:00", 5), power("10:02:00", 5), power("10:04:59.999", 5), power("10:05:00", 5),
                power("10:06:00", 5));

        assertThat(history.series(DEVICE, null, null, TEN, at("10:10:00"), Resolution.RAW, 100))
                .extracting(HistoryPoint::at).containsExactly(TEN, at("10:05:00"));
    }

    @Test
    void energyAcrossACounterResetAddsUpAsBefore() {
        EnergyCounters counters = new EnergyCounters();
        double[] counter = {100, 110, 110, 4, 4, 9};
        for (int i = 0; i < counter.length; i++) {
            counters.count(List.of(new Reading("switch:0", Metric.ENERGY_COUNTER, counter[i])));
            Instant at = TEN.plus(Duration.ofSeconds(30L * i));
            writer.samples(counters.drain().stream().map(r -> new Sample(DEVICE, at, r)).toList());
        }
        writer.flush();
        maintenance.run();

        double stored = history.series(DEVICE, null, "energy", TEN, at("10:05:00"), Resolution.RAW, 100).stream()
                .mapToDouble(HistoryPoint::sum).sum();
        double bucket = history.series(DEVICE, null, "energy", TEN, at("10:05:00"), Resolution.FIVE_MINUTES, 10)
                .getFirst().sum();
        assertThat(stored).isEqualTo(bucket).isEqualTo(10 + 4 + 5);
        assertThat(history.series(DEVICE, null, "energy", TEN, at("10:05:00"), Resolution.RAW, 100))
                .extracting(HistoryPoint::sum).doesNotContain(0.0);
    }

    @Test
    void aBucketLostInACrashIsMadeFromTheStoredPoints() {
        SeriesKey key = new SeriesKey(DEVICE, "switch:0", Metric.POWER);
        series.write(List.of(new SeriesRecorder.Point(key, at("10:00:00").toEpochMilli(), 10),
                new SeriesRecorder.Point(key, at("10:03:00").toEpochMilli(), 40)), List.of());

        maintenance.run();

        assertThat(history.series(DEVICE, null, "power", TEN, at("10:05:00"), Resolution.FIVE_MINUTES, 10))
                .containsExactly(new HistoryPoint("switch:0", "power", TEN, 10, 40, 25, 50, 2));
    }

    @Test
    void aBucketWrittenInPartOnShutdownIsCompletedAfterTheRestart() {
        writer.samples(List.of(power("10:00:00", 10), power("10:01:00", 20)));
        writer.stop();

        writer = writer();
        record(power("10:03:00", 30), power("10:06:00", 1));

        assertThat(history.series(DEVICE, null, "power", TEN, at("10:05:00"), Resolution.FIVE_MINUTES, 10))
                .containsExactly(new HistoryPoint("switch:0", "power", TEN, 10, 30, 20, 60, 3));
    }

    @Test
    void aRestartedMaintenanceDoesNotCountABucketTwice() {
        record(power("10:00:00", 10), energy("10:00:00", 1.5));

        maintenance.run();
        maintenance.run();

        assertThat(history.series(DEVICE, null, "energy", TEN, TEN.plus(Duration.ofHours(1)), Resolution.HOUR, 10))
                .singleElement().extracting(HistoryPoint::sum).isEqualTo(1.5);
    }

    @Test
    void energyPerHourComesFromAggregatesAndFromRawSamplesNotYetAggregated() {
        record(energy("10:00:00", 1.5), energy("10:30:00", 2.5));
        maintenance.run();
        record(energy("11:59:00", 0.5));

        List<JdbcHistoryStore.EnergyRow> rows = history.energy(List.of(DEVICE), TEN, clock.instant(),
                maintenance.hourlyUntil());

        assertThat(rows).extracting(JdbcHistoryStore.EnergyRow::wh).containsExactlyInAnyOrder(4.0, 0.5);
    }

    @Test
    void fleetEnergyAddsUpEveryChannelPerHourFromAggregatesAndRawSamples() {
        record(energy("10:00:00", 1.5), energy("10:30:00", 2.5),
                new Sample(DEVICE, at("10:40:00"), new Reading("switch:1", Metric.ENERGY, 1.0)), power("10:41:00", 99));
        maintenance.run();
        record(energy("11:59:00", 0.5));

        List<JdbcHistoryStore.EnergyRow> rows = history.fleetEnergy(TEN, clock.instant(), maintenance.hourlyUntil());

        assertThat(rows).extracting(JdbcHistoryStore.EnergyRow::at, JdbcHistoryStore.EnergyRow::wh)
                .containsExactlyInAnyOrder(tuple(TEN, 5.0),
                        tuple(at("11:59:00"), 0.5));
        assertThat(history.fleetEnergy(at("11:00:00"), at("11:30:00"), maintenance.hourlyUntil())).isEmpty();
    }

    @Test
    void dropsRawPointsAndBucketsPastTheirRetention() {
        Instant old = clock.instant().minus(Duration.ofDays(8));
        record(new Sample(DEVICE, old, new Reading("switch:0", Metric.POWER, 5)), power("11:00:00", 7));
        insertHour(clock.instant().minus(Duration.ofDays(731)));

        maintenance.run();

        assertThat(jdbc.sql("SELECT ts FROM telemetry_points").query(Long.class).list())
                .containsExactly(at("11:00:00").toEpochMilli());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telemetry_hour_days").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telemetry_buckets WHERE bucket >= ?")
                .param(old.minusSeconds(300).toEpochMilli()).query(Long.class).single()).isPositive();
    }

    @Test
    void dropsFiveMinuteBucketsPastTheirOwnRetentionAndKeepsHourlyOnesForTheAggregateRetention() {
        record(power("11:00:00", 7));
        Instant fiveMinuteCutoff = clock.instant().minus(Duration.ofDays(90));
        Instant hourCutoff = clock.instant().minus(Duration.ofDays(730));
        Duration five = Duration.ofMinutes(5);
        Duration hour = Duration.ofHours(1);
        insertBucket(Resolution.FIVE_MINUTES, fiveMinuteCutoff.minus(five));
        insertBucket(Resolution.FIVE_MINUTES, fiveMinuteCutoff);
        insertBucket(Resolution.FIVE_MINUTES, fiveMinuteCutoff.plus(five));
        insertHour(fiveMinuteCutoff.minus(hour));
        insertHour(hourCutoff.minus(Duration.ofDays(1)));
        insertHour(hourCutoff.minus(hour));

        maintenance.run();

        assertThat(jdbc.sql("SELECT resolution, bucket FROM telemetry_buckets WHERE bucket < ? ORDER BY resolution, bucket")
                .param(clock.instant().minus(Duration.ofDays(30)).toEpochMilli())
                .query((rs, row) -> tuple(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)))).list())
                .containsExactly(tuple(300, fiveMinuteCutoff), tuple(300, fiveMinuteCutoff.plus(five)));
        assertThat(jdbc.sql("SELECT day FROM telemetry_hour_days WHERE day < ? ORDER BY day")
                .param(clock.instant().minus(Duration.ofDays(30)).toEpochMilli()).query(Long.class).list())
                .as("the day the hourly cutoff falls in is kept whole; the day before it goes")
                .containsExactly(HourBlock.dayOf(hourCutoff.toEpochMilli()),
                        HourBlock.dayOf(fiveMinuteCutoff.minus(hour).toEpochMilli()));
    }

    /** An hourly bucket (1, 1, 1 of 1 sample) of the device's power at {@code hour}, as the hourly rollup stores it. */
    private void insertHour(Instant hour) {
        int id = jdbc.sql("SELECT id FROM telemetry_series WHERE metric = 'power'").query(Integer.class).single();
        transactions.executeWithoutResult(tx -> hours.merge(List.of(new HourDays.HourBucket(id, hour.toEpochMilli(),
                new HourBlock.Bucket(1, 1, 1, 1)))));
    }

    @Test
    void hourlyRowsMoveIntoDayBlocksResumablyAndReadBackAsTheSameHistory() {
        insertHourlyRows();
        List<Integer> series = hours.unconverted();
        assertThat(series).hasSize(2);

        transactions.execute(tx -> hours.convert(series.subList(0, 1)));
        assertThat(hours.unconverted()).as("a committed batch is done").containsExactly(series.get(1));
        assertThat(maintenance.convertHourRows()).isEqualTo(5);

        assertThat(hours.unconverted()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telemetry_buckets WHERE resolution = 3600").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telemetry_hour_days").query(Long.class).single())
                .as("two series, two days each").isEqualTo(4);
        Instant day = at("00:00:00");
        assertThat(history.series(DEVICE, null, null, day, day.plus(Duration.ofDays(2)), Resolution.HOUR, 100)).containsExactly(
                hourly(0, "energy"), hourly(0, "power"), hourly(5, "energy"), hourly(5, "power"), hourly(23, "energy"),
                hourly(23, "power"), hourly(24, "energy"), hourly(24, "power"), hourly(30, "energy"), hourly(30, "power"));
        assertThat(history.energy(List.of(DEVICE), day, day.plus(Duration.ofDays(2)), day.plus(Duration.ofDays(2))))
                .extracting(JdbcHistoryStore.EnergyRow::at, JdbcHistoryStore.EnergyRow::wh)
                .containsExactlyInAnyOrder(Stream.of(0, 5, 23, 24, 30).map(h -> tuple(hourly(h, "energy").at(),
                        hourly(h, "energy").sum())).toArray(Tuple[]::new));
    }

    @Test
    void hourlyRowsMoveIntoDayBlocksOnTheSchedulerWhenTheServerIsReady() {
        insertHourlyRows();

        maintenance.convertOnStart();

        await().atMost(Duration.ofSeconds(30)).until(() -> hours.unconverted().isEmpty());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM telemetry_hour_days").query(Long.class).single()).isEqualTo(4);
        assertThat(maintenance.convertHourRows()).as("once per process").isZero();
    }

    @Test
    void anHourlyRowBesideADayBlockSetsItsHourAndKeepsTheOthers() {
        record(power("11:00:00", 7));
        insertHour(at("07:00:00"));
        insertHourlyRows();

        maintenance.run();

        assertThat(history.series(DEVICE, null, "power", at("05:00:00"), at("08:00:00"), Resolution.HOUR, 10))
                .containsExactly(hourly(5, "power"), new HistoryPoint("switch:0", "power", at("07:00:00"), 1, 1, 1, 1, 1));
    }

    /** Hourly rows as a database before schema version 24 holds them: two series, hours 0, 5, 23, 24 and 30 of the day. */
    private void insertHourlyRows() {
        for (String metric : List.of("power", "energy")) {
            series.write(List.of(new SeriesRecorder.Point(new SeriesKey(DEVICE, "switch:0", Metric.ofKey(metric)), 0, 1)),
                    List.of());
            for (int hour : new int[] {0, 5, 23, 24, 30}) {
                HistoryPoint row = hourly(hour, metric);
                jdbc.sql("INSERT INTO telemetry_buckets (series_id, resolution, bucket, min_value, max_value, sum_value, samples) "
                                + "SELECT id, 3600, ?, ?, ?, ?, ? FROM telemetry_series WHERE metric = ?")
                        .params(row.at().toEpochMilli(), row.min(), row.max(), row.sum(), row.samples(), metric).update();
            }
        }
    }

    /** The hourly bucket that {@link #insertHourlyRows} stores for {@code hour} of {@code metric}, as charts read it. */
    private static HistoryPoint hourly(int hour, String metric) {
        double sum = hour * 120.7 + (metric.equals("power") ? 1 : 2);
        return new HistoryPoint("switch:0", metric, at("00:00:00").plus(Duration.ofHours(hour)), hour * 0.1, hour + 0.3,
                sum / 120, sum, 120);
    }

    private void insertBucket(Resolution resolution, Instant bucket) {
        jdbc.sql("INSERT INTO telemetry_buckets (series_id, resolution, bucket, min_value, max_value, sum_value, samples) "
                        + "SELECT id, ?, ?, 1, 1, 1, 1 FROM telemetry_series")
                .params(resolution.seconds(), bucket.toEpochMilli()).update();
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

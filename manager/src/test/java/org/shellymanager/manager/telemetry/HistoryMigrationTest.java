package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shellymanager.manager.platform.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V23 moves the history of the V20 tables into series, points and buckets, and the server then moves the
 * hourly buckets into day blocks (V24), on every database.
 */
class HistoryMigrationTest {

    private static final String DEVICE = "00000000-0000-0000-0000-000000000001";
    private static final Instant TEN = Instant.parse("2026-01-01T10:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void movesRawSamplesAndAggregatesIntoSeries(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind).migratedTo("22")) {
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            database.insertDevice(DEVICE, "AABBCCDDEE01");
            long ten = TEN.toEpochMilli();
            for (Object[] row : List.of(new Object[] {"switch:0", "power", ten, 10.0},
                    new Object[] {"switch:0", "power", ten + 60_000, 20.0}, new Object[] {"switch:0", "energy", ten, 1.5},
                    new Object[] {"switch:0", "energy", ten, 0.5}, new Object[] {"device", "online", ten, 1.0})) {
                jdbc.sql("INSERT INTO telemetry_samples (device_id, channel, metric, ts, reading) VALUES (?, ?, ?, ?, ?)")
                        .params(DEVICE, row[0], row[1], row[2], row[3]).update();
            }
            jdbc.sql("INSERT INTO telemetry_aggregates (device_id, channel, metric, resolution, bucket, min_value, max_value, "
                    + "sum_value, samples) VALUES (?, 'switch:0', 'power', 300, ?, 10, 20, 30, 2), "
                    + "(?, 'switch:0', 'power', 3600, ?, 10, 20, 30, 2)").params(DEVICE, ten, DEVICE, ten).update();

            database.migrated();
            try (Connection connection = database.dataSource().getConnection()) {
                HourRowConversion.convertAll(connection);
            }

            assertThat(jdbc.sql("SELECT COUNT(*) FROM telemetry_series").query(Long.class).single()).isEqualTo(3);
            JdbcHistoryStore history = new JdbcHistoryStore(jdbc, new JdbcHourDays(jdbc, new JdbcTemplate(database.dataSource())));
            assertThat(history.series(DEVICE, null, null, TEN, TEN.plusSeconds(3600), Resolution.RAW, 100))
                    .extracting(HistoryPoint::channel, HistoryPoint::metric, HistoryPoint::sum)
                    .containsExactly(tuple("device", "online", 1.0),
                            tuple("switch:0", "energy", 2.0),
                            tuple("switch:0", "power", 10.0),
                            tuple("switch:0", "power", 20.0));
            assertThat(history.series(DEVICE, null, null, TEN, TEN.plusSeconds(3600), Resolution.FIVE_MINUTES, 10))
                    .containsExactly(new HistoryPoint("switch:0", "power", TEN, 10, 20, 15, 30, 2));
            assertThat(history.series(DEVICE, null, null, TEN, TEN.plusSeconds(3600), Resolution.HOUR, 10))
                    .containsExactly(new HistoryPoint("switch:0", "power", TEN, 10, 20, 15, 30, 2));
            assertThat(history.doneUntil(Resolution.FIVE_MINUTES)).contains(TEN.plusSeconds(300));
            assertThat(history.doneUntil(Resolution.HOUR)).contains(TEN.plusSeconds(3600));
        }
    }
}

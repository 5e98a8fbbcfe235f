package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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

/**
 * The latest statuses of a fleet larger than one write batch, written by the telemetry writer in several short
 * transactions, on SQLite, PostgreSQL and MariaDB: every device's status arrives, new rows and updated ones alike.
 */
@OnEveryDatabase
class LatestStatusWriteTest {

    private static final int FLEET = 2 * TelemetryWriter.LATEST_BATCH + 7;
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    @Parameter
    TestDatabase database;

    @Test
    void everyStatusOfAFleetLargerThanOneBatchIsStored() {
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("DELETE FROM devices").update();
        List<String> ids = IntStream.range(0, FLEET).mapToObj(i -> UUID.randomUUID().toString()).toList();
        for (int i = 0; i < FLEET; i++) {
            database.insertDevice(ids.get(i), String.format(Locale.ROOT, "AABBCC%06X", i));
        }
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
        JdbcTemplate template = new JdbcTemplate(database.dataSource());
        TelemetryWriter writer = new TelemetryWriter(new JdbcTelemetryStore(jdbc, template, transactions, JsonMapper.builder().build()),
                new JdbcSeriesStore(jdbc, template, transactions), TelemetryPropertiesFixture.defaults(),
                new SimpleMeterRegistry(), new MutableClock(NOW));

        ids.forEach(id -> writer.latest(status(id, 1, NOW)));
        writer.flush();
        ids.stream().filter(id -> id.hashCode() % 2 == 0).forEach(id -> writer.latest(status(id, 2, NOW.plusSeconds(30))));
        writer.flush();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM device_telemetry").query(Long.class).single()).isEqualTo(FLEET);
        for (String id : ids) {
            boolean updated = id.hashCode() % 2 == 0;
            assertThat(jdbc.sql("SELECT last_report FROM device_telemetry WHERE device_id = ?").param(id).query(Long.class)
                    .single()).as(id).isEqualTo(NOW.plusSeconds(updated ? 30 : 0).toEpochMilli());
            assertThat(jdbc.sql("SELECT readings FROM device_telemetry WHERE device_id = ?").param(id).query(String.class)
                    .single()).as(id).contains(updated ? "2.0" : "1.0");
        }
    }

    private static LatestStatus status(String deviceId, double power, Instant reported) {
        return new LatestStatus(deviceId, DeviceState.ONLINE, NOW, reported, 0L, reported, 0, "poll", null, false, false,
                power, null, null, null, null, List.of(new Reading("switch:0", Metric.POWER, power)));
    }
}

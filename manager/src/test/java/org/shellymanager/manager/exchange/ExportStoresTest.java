package org.shellymanager.manager.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.shellymanager.manager.platform.OnEveryDatabase;
import org.shellymanager.manager.platform.TestDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The export schedule and history stores on SQLite, PostgreSQL and MariaDB. */
@OnEveryDatabase
class ExportStoresTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T01:00:00Z");
    @Parameter
    TestDatabase database;

    private JdbcExportScheduleStore schedules;
    private JdbcExportHistoryStore history;

    @BeforeEach
    void empty() {
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("DELETE FROM export_schedules").update();
        jdbc.sql("DELETE FROM export_history").update();
        schedules = new JdbcExportScheduleStore(jdbc);
        history = new JdbcExportHistoryStore(jdbc);
    }

    private static ExportSchedule nightly(String id, String name) {
        return new ExportSchedule(id, name, "hosts", "hosts", Map.of("domain", "home.arpa"), "/srv/exports", "0 3 * * *", 5,
                true, CREATED, null, null, null);
    }

    @Test
    void aScheduleIsFoundByIdOrNameAndKeepsItsLastRunAcrossChanges() {
        schedules.insert(nightly("s1", "nightly"));
        assertThat(schedules.find("s1")).contains(nightly("s1", "nightly"));
        assertThat(schedules.find("nightly")).contains(nightly("s1", "nightly"));

        schedules.markRun("s1", CREATED.plusSeconds(60), "FAILED", "x".repeat(2000));
        schedules.update(new ExportSchedule("s1", "renamed", "json", "json", Map.of(), "/srv/other", "PT1H", 2, false, CREATED,
                null, null, null));

        ExportSchedule read = schedules.find("renamed").orElseThrow();
        assertThat(read.schedule()).isEqualTo("PT1H");
        assertThat(read.enabled()).isFalse();
        assertThat(read.lastRunAt()).isEqualTo(CREATED.plusSeconds(60));
        assertThat(read.lastResult()).isEqualTo("FAILED");
        assertThat(read.lastMessage()).hasSize(1024);
        assertThat(schedules.delete("s1")).isTrue();
        assertThat(schedules.list()).isEmpty();
    }

    @Test
    void scheduleNamesAreUnique() {
        schedules.insert(nightly("s1", "nightly"));
        assertThatThrownBy(() -> schedules.insert(nightly("s2", "nightly"))).isInstanceOf(DataAccessException.class);
    }

    @Test
    void historyKeepsTheFileAndTheWebhookAnswer() {
        history.insert(new ExportRecord("e1", "hosts", "hosts", Map.of("domain", "home.arpa"), "schedule:nightly", CREATED, 5,
                1, 120, "ab".repeat(32), "/srv/exports/nightly-20261122-010000000-hosts", null));
        history.insert(new ExportRecord("e2", "json", "json", Map.of(), "admin", CREATED.plusSeconds(1), 5, 1, 900,
                "cd".repeat(32), null, null));
        history.webhookAnswered("e1", "delivered: HTTP 204");

        assertThat(history.latest(10)).extracting(ExportRecord::id, ExportRecord::file, ExportRecord::webhook).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e2", null, null),
                org.assertj.core.groups.Tuple.tuple("e1", "/srv/exports/nightly-20261122-010000000-hosts", "delivered: HTTP 204"));
    }
}

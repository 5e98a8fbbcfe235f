package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.shellymanager.device.Generation;
import org.shellymanager.manager.platform.OnEveryDatabase;
import org.shellymanager.manager.platform.TestDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The configuration stores (snapshots, templates, overrides, secrets, drift) on SQLite, PostgreSQL and MariaDB. */
@OnEveryDatabase
class ConfigStoresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    @Parameter
    TestDatabase database;

    private JdbcClient jdbc;

    @BeforeEach
    void twoDevices() {
        jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("DELETE FROM config_drift_reports").update();
        jdbc.sql("DELETE FROM config_templates").update();
        jdbc.sql("DELETE FROM config_secrets").update();
        jdbc.sql("DELETE FROM devices").update();
        database.insertDevice("dev-1", "AABBCCDDEE01");
        database.insertDevice("dev-2", "AABBCCDDEE02");
    }

    @Test
    void keepsSnapshotVersionsWithTheirSectionsAndPagesHistoryNewestFirst() {
        JdbcSnapshotStore store = new JdbcSnapshotStore(jdbc, JSON);
        assertThat(store.nextVersion("dev-1")).isEqualTo(1);
        store.insert(snapshot("s1", 1, "{\"auto_off\":false}", SnapshotCause.INITIAL));
        store.insert(snapshot("s2", 2, "{\"auto_off\":true,\"name\":\"K\\u00fcche \\\"1\\\"\"}", SnapshotCause.DEVICE_CHANGE));

        assertThat(store.nextVersion("dev-1")).isEqualTo(3);
        Snapshot latest = store.latest("dev-1").orElseThrow();
        assertThat(latest.id()).isEqualTo("s2");
        assertThat(latest.cause()).isEqualTo(SnapshotCause.DEVICE_CHANGE);
        assertThat(latest.sections().get("switch:0").path("name").asString()).isEqualTo("Küche \"1\"");
        assertThat(latest.sections()).containsKey("sys");
        assertThat(store.version("dev-1", 1).orElseThrow().sections().get("switch:0").path("auto_off").asBoolean()).isFalse();
        assertThat(store.find("s1")).isPresent();
        assertThat(store.latest("dev-2")).isEmpty();
        var history = store.history("dev-1", 0, 1);
        assertThat(history.total()).isEqualTo(2);
        assertThat(history.items()).extracting(Snapshot::version).containsExactly(2);
        assertThat(history.items().getFirst().sections()).as("history comes without sections").isEmpty();
        assertThatThrownBy(() -> store.insert(snapshot("s3", 2, "{}", SnapshotCause.MANAGER_SYNC)))
                .isInstanceOf(DataAccessException.class);
        assertThat(store.find("s3")).as("nothing of a refused snapshot kept").isEmpty();
        jdbc.sql("DELETE FROM devices WHERE id = 'dev-1'").update();
        assertThat(store.find("s1")).as("snapshots go with their device").isEmpty();
    }

    @Test
    void storesTemplatesOverridesAndSecrets() {
        JdbcTemplateStore templates = new JdbcTemplateStore(jdbc, JSON);
        TemplateSettings settings = TemplateSettings.parse(JSON.readTree(
                "{\"sntp\":{\"server\":\"pool.ntp.org\"},\"switches\":{\"*\":{\"autoOff\":90}},\"kvs\":{\"site.a\":\"x\"}}"));
        templates.insert(new Template("t1", "lab", "the lab", 5, new Assignment(List.of("lab"), null, null, null), settings, T0));
        Template read = templates.find("lab").orElseThrow();
        assertThat(read.settings()).isEqualTo(settings);
        assertThat(read.assignTo().tags()).containsExactly("lab");
        templates.update(new Template("t1", "lab2", null, 7, Assignment.NONE, TemplateSettings.EMPTY, T0.plusSeconds(1)));
        assertThat(templates.find("t1").orElseThrow().priority()).isEqualTo(7);
        assertThatThrownBy(() -> templates.insert(new Template("t2", "lab2", null, 0, Assignment.NONE, settings, T0)))
                .isInstanceOf(DataAccessException.class);
        assertThat(templates.list()).extracting(Template::name).containsExactly("lab2");
        assertThat(templates.delete("t1")).isTrue();
        assertThat(templates.delete("t1")).isFalse();

        JdbcOverrideStore overrides = new JdbcOverrideStore(jdbc, JSON);
        overrides.put("dev-1", new DeviceOverrides(settings, Map.of("floor", "2")), T0);
        overrides.put("dev-1", new DeviceOverrides(TemplateSettings.EMPTY, Map.of("floor", "3")), T0);
        assertThat(overrides.find("dev-1").orElseThrow().variables()).containsEntry("floor", "3");
        assertThat(overrides.find("dev-2")).isEmpty();

        JdbcSecretStore secrets = new JdbcSecretStore(jdbc);
        secrets.put("mqtt", "sealed-1", "h1", T0);
        secrets.put("mqtt", "sealed-2", "h2", T0);
        assertThat(secrets.findSealed("mqtt")).contains("sealed-2");
        assertThat(secrets.names()).containsExactly("mqtt");
        secrets.recordApplied("dev-1", "mqtt.pass", "sealed-2", "h2", T0);
        secrets.recordApplied("dev-1", "mqtt.pass", "sealed-3", "h3", T0);
        assertThat(secrets.appliedHash("dev-1", "mqtt.pass")).contains("h3");
        assertThat(secrets.delete("mqtt")).isTrue();
        assertThat(secrets.findSealed("mqtt")).isEmpty();
    }

    @Test
    void keepsSinceWhenAFieldDriftsAndTheReportsNewestFirst() {
        JdbcDriftStore store = new JdbcDriftStore(jdbc);
        assertThat(store.track("dev-1", List.of("a", "b"), T0)).containsEntry("a", T0).containsEntry("b", T0);
        Instant later = T0.plusSeconds(900);
        assertThat(store.track("dev-1", List.of("b", "c"), later)).containsEntry("b", T0).containsEntry("c", later);
        assertThat(store.track("dev-1", List.of("a"), later)).as("a field back in line starts afresh").containsEntry("a", later);

        store.insert(new DriftReport("r1", T0, T0.plusSeconds(1), "schedule", 2, 1, 0,
                List.of(new DriftReport.Entry("dev-1", "sys.sntp.server", "\"pool.ntp.org\"", null, T0)), List.of()));
        store.insert(new DriftReport("r2", later, later.plusSeconds(1), "alice", 2, 0, 1, List.of(),
                List.of(new DriftReport.Unreached("dev-2", "not reached: connection refused"))));
        assertThat(store.find("r2").orElseThrow().unreached())
                .containsExactly(new DriftReport.Unreached("dev-2", "not reached: connection refused"));
        assertThat(store.latest().orElseThrow().id()).isEqualTo("r2");
        DriftReport first = store.find("r1").orElseThrow();
        assertThat(first.entries()).singleElement().satisfies(e -> {
            assertThat(e.actual()).isNull();
            assertThat(e.since()).isEqualTo(T0);
        });
        assertThat(store.list(0, 10).items()).extracting(DriftReport::id).containsExactly("r2", "r1");
    }

    private static Snapshot snapshot(String id, int version, String switchConfig, SnapshotCause cause) {
        Map<String, JsonNode> sections = Map.of("switch:0", JSON.readTree(switchConfig),
                "sys", JSON.readTree("{\"sntp\":{\"server\":\"time.google.com\"}}"));
        return new Snapshot(id, "dev-1", version, T0.plusSeconds(version), cause, null, "f" + version, "SNSW-001P16EU",
                Generation.GEN2, sections);
    }
}

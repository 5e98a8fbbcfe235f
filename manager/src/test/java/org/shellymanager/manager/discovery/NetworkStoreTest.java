package org.shellymanager.manager.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.shellymanager.manager.platform.OnEveryDatabase;
import org.shellymanager.manager.platform.TestDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The network store on SQLite, PostgreSQL and MariaDB. */
@OnEveryDatabase
class NetworkStoreTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T10:00:00Z");
    @Parameter
    TestDatabase database;

    private JdbcNetworkStore store;

    @BeforeEach
    void noNetworks() {
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("DELETE FROM networks").update();
        store = new JdbcNetworkStore(jdbc, JsonMapper.builder().build());
    }

    @Test
    void storesANetworkAndFindsItByIdAndName() {
        Network home = new Network("n1", "home", List.of("192.168.1.0/24", "10.0.0.5:8080"), false, "PT1H", true, CREATED, null);

        store.insert(home);

        assertThat(store.find("n1")).contains(home);
        assertThat(store.findByName("home")).contains(home);
        assertThat(store.find("n2")).isEmpty();
    }

    @Test
    void aNetworkMayBrowseMdnsWithoutTargets() {
        Network mdnsOnly = new Network("n1", "lan", List.of(), true, null, true, CREATED, null);

        store.insert(mdnsOnly);

        Network read = store.find("n1").orElseThrow();
        assertThat(read.mdns()).isTrue();
        assertThat(read.targets()).isEmpty();
        assertThat(read.schedule()).isNull();
    }

    @Test
    void updateChangesTheSettingsAndKeepsCreationAndLastRun() {
        store.insert(new Network("n1", "home", List.of("10.0.0.0/24"), false, "PT1H", true, CREATED, null));
        store.markRun("n1", CREATED.plusSeconds(60));

        store.update(new Network("n1", "house", List.of("10.0.1.0/24"), true, "@daily", false, Instant.EPOCH, null));

        Network read = store.find("n1").orElseThrow();
        assertThat(read).isEqualTo(new Network("n1", "house", List.of("10.0.1.0/24"), true, "@daily", false, CREATED,
                CREATED.plusSeconds(60)));
    }

    @Test
    void listsByNameAndDeletes() {
        store.insert(new Network("n1", "workshop", List.of("10.0.5.0/24"), false, null, true, CREATED, null));
        store.insert(new Network("n2", "attic", List.of("10.0.6.0/24"), false, null, true, CREATED, null));

        assertThat(store.list()).extracting(Network::name).containsExactly("attic", "workshop");
        assertThat(store.delete("n2")).isTrue();
        assertThat(store.delete("n2")).isFalse();
        assertThat(store.list()).extracting(Network::id).containsExactly("n1");
    }

    @Test
    void theDatabaseRefusesASecondNetworkOfTheSameName() {
        store.insert(new Network("n1", "home", List.of("10.0.0.0/24"), false, null, true, CREATED, null));

        assertThatThrownBy(() -> store.insert(new Network("n2", "home", List.of("10.0.1.0/24"), false, null, true, CREATED, null)))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("name");
        assertThat(store.list()).hasSize(1);
    }
}

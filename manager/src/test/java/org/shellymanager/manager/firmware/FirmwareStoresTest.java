package org.shellymanager.manager.firmware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.shellymanager.manager.platform.OnEveryDatabase;
import org.shellymanager.manager.platform.TestDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The firmware stores (device firmware, cached files, rollouts and their devices) on SQLite, PostgreSQL and MariaDB. */
@OnEveryDatabase
class FirmwareStoresTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00.123Z");
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    @Parameter
    TestDatabase database;

    private JdbcClient jdbc;

    @BeforeEach
    void twoDevicesAndTwoJobs() {
        jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("DELETE FROM jobs").update();
        jdbc.sql("DELETE FROM firmware_files").update();
        jdbc.sql("DELETE FROM devices").update();
        database.insertDevice("dev-1", "AABBCCDDEE01");
        database.insertDevice("dev-2", "AABBCCDDEE02");
        for (String id : List.of("job-1", "job-2")) {
            jdbc.sql("INSERT INTO jobs (id, kind, parameters, state, started_by, created_at, progress_done, progress_total) "
                    + "VALUES (?, 'FIRMWARE_ROLLOUT', '{}', 'RUNNING', 'test', 0, 0, 0)").param(id).update();
        }
    }

    @Test
    void savesADevicesFirmwareAndReplacesItOnTheNextCheck() {
        JdbcFirmwareStore store = new JdbcFirmwareStore(jdbc);
        DeviceFirmware behind = new DeviceFirmware("dev-1", "1.4.2", "20240819-074337/1.4.2-gc2639da", "1.4.4",
                "1.5.0-beta1", T0, T0.minusSeconds(3600), null);
        store.save(behind);
        assertThat(store.find("dev-1")).contains(behind);
        assertThat(store.find("dev-2")).isEmpty();

        DeviceFirmware current = new DeviceFirmware("dev-1", "1.4.4", "20241011-114455/1.4.4-g6d2a586", null, null,
                T0.plusSeconds(60), null, "check timed out, the version is from the check before");
        store.save(current);
        assertThat(store.find("dev-1")).as("the nulls of a current device are kept as nulls").contains(current);
        assertThat(store.find("dev-1").orElseThrow().behind()).isFalse();
        assertThat(store.all()).containsExactly(current);

        jdbc.sql("DELETE FROM devices WHERE id = 'dev-1'").update();
        assertThat(store.all()).as("a forgotten device's firmware goes with it").isEmpty();
    }

    @Test
    void findsCachedFilesByIdTokenAndModelVersionAndRefusesASecondCopyOfAVersion() {
        JdbcFirmwareFileStore store = new JdbcFirmwareFileStore(jdbc);
        FirmwareFile old = file("f1", "SNSW-001P16EU", "1.4.2", SHA_A, "t1", T0);
        FirmwareFile newer = file("f2", "SNSW-001P16EU", "1.4.4", SHA_B, "t2", T0.plusSeconds(10));
        FirmwareFile other = file("f3", "SHSW-1", "1.14.0", SHA_A, "t3", T0.plusSeconds(20));
        store.insert(old);
        store.insert(newer);
        store.insert(other);

        assertThat(store.find("f2")).contains(newer);
        assertThat(store.findByToken("t1")).contains(old);
        assertThat(store.find("SHSW-1", "1.14.0")).contains(other);
        assertThat(store.find("SHSW-1", "1.4.4")).isEmpty();
        assertThat(store.list()).as("by model, newest first").containsExactly(other, newer, old);

        assertThatThrownBy(() -> store.insert(file("f4", "SNSW-001P16EU", "1.4.4", SHA_A, "t4", T0)))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> store.insert(file("f5", "SHSW-1", "1.15.0", SHA_A, "t1", T0)))
                .as("tokens are unique").isInstanceOf(DataAccessException.class);
        assertThat(store.list()).hasSize(3);

        assertThat(store.delete("f1")).isTrue();
        assertThat(store.delete("f1")).isFalse();
        assertThat(store.findByToken("t1")).isEmpty();
    }

    @Test
    void keepsARolloutWithItsDevicesInWaveOrderAndMovesItOnlyFromTheStatesGiven() {
        JdbcRolloutStore store = new JdbcRolloutStore(jdbc);
        Rollout stable = new Rollout("job-1", "stable for all devices", RolloutState.RUNNING, "stable", null,
                List.of("1", "10%", "rest"), 4, 20, Duration.ofMinutes(5), 1, null, T0, T0);
        RolloutDevice second = pending("job-1", "dev-2", 2, 2);
        RolloutDevice first = pending("job-1", "dev-1", 1, 1);
        store.insert(stable, List.of(second, first));

        assertThat(store.find("job-1")).contains(stable);
        assertThat(store.devices("job-1")).containsExactly(first, second);
        assertThat(store.find("job-2")).isEmpty();

        Instant later = T0.plusSeconds(30);
        assertThat(store.transition("job-1", Set.of(RolloutState.PAUSED), RolloutState.RUNNING, null, later)).isFalse();
        assertThat(store.transition("job-1", Set.of(RolloutState.RUNNING), RolloutState.HALTED, "wave 1: 1 of 1 failed", later))
                .isTrue();
        store.wave("job-1", 2, later);
        Rollout halted = store.find("job-1").orElseThrow();
        assertThat(halted.state()).isEqualTo(RolloutState.HALTED);
        assertThat(halted.haltReason()).isEqualTo("wave 1: 1 of 1 failed");
        assertThat(halted.currentWave()).isEqualTo(2);
        assertThat(halted.updatedAt()).isEqualTo(later);
        assertThat(store.unfinished()).extracting(Rollout::id).containsExactly("job-1");

        RolloutDevice failed = first.with(DeviceOutcome.FAILED, "did not come back on 1.4.4 within 5 min", "1.4.2", "1.4.4",
                T0.plusSeconds(1), later);
        store.save(failed);
        assertThat(store.devices("job-1")).containsExactly(failed, second);

        assertThat(store.transition("job-1", Set.of(RolloutState.RUNNING, RolloutState.PAUSED, RolloutState.HALTED),
                RolloutState.CANCELLED, null, later)).isTrue();
        assertThat(store.unfinished()).isEmpty();
        assertThat(store.find("job-1").orElseThrow().haltReason()).isNull();
    }

    @Test
    void aRolloutToACachedFileReadsBackWithoutAChannelAndGoesWithItsJob() {
        JdbcRolloutStore store = new JdbcRolloutStore(jdbc);
        Rollout first = new Rollout("job-1", "first", RolloutState.COMPLETED, "beta", null, List.of("rest"), 1, 0,
                Duration.ofSeconds(90), 1, null, T0, T0);
        Rollout fromFile = new Rollout("job-2", "SNSW-001P16EU 1.4.4 for model=SNSW-001P16EU", RolloutState.PAUSED, null,
                "f1", List.of("2", "50%", "rest"), 8, 100, Duration.ofMillis(1500), 3, null, T0.plusSeconds(5), T0.plusSeconds(5));
        store.insert(first, List.of());
        store.insert(fromFile, List.of(pending("job-2", "dev-1", 1, 1)));

        assertThat(store.find("job-2")).contains(fromFile);
        assertThat(store.find("job-2").orElseThrow().target()).isEqualTo("file:f1");
        assertThat(store.list()).as("newest first").containsExactly(fromFile, first);
        assertThat(store.unfinished()).containsExactly(fromFile);

        jdbc.sql("DELETE FROM jobs WHERE id = 'job-2'").update();
        assertThat(store.find("job-2")).isEmpty();
        assertThat(store.devices("job-2")).as("its devices go with it").isEmpty();
        assertThat(store.list()).containsExactly(first);
    }

    private static FirmwareFile file(String id, String model, String version, String sha256, String token, Instant at) {
        return new FirmwareFile(id, model, version, sha256, 1_048_576, model + "-" + version + ".zip", token, at);
    }

    private static RolloutDevice pending(String rollout, String device, int wave, int position) {
        return new RolloutDevice(rollout, device, wave, position, device + " (SNSW-001P16EU)", DeviceOutcome.PENDING, null,
                null, null, null, null);
    }
}

package org.shellymanager.manager.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/**
 * The manager killed ({@code kill -9}) in the middle of a bulk sync, a backup and a restore, then started again on
 * the same data directory: the job says what happened, every device the job applied is in sync, the unfinished ones
 * show their drift, no half-written archive is listed or verifies or is left behind, a killed restore left the
 * database as it was, and the same work then succeeds.
 */
class KilledManagerTest {

    private static final String SETTINGS = "{\"sntp\":{\"server\":\"pool.ntp.org\"},\"switches\":{\"*\":{\"autoOff\":90}}}";
    private static final String[] QUIET = {"shelly-manager.telemetry.enabled=false", "shelly-manager.config.drift-interval=0"};

    /** The data directories of the servers each test starts; deleted after it. */
    @TempDir
    Path scratch;

    @Test
    void aBulkSyncKilledMidwayIsInterruptedAndEveryUnfinishedDeviceShowsItsDrift() throws Exception {
        Path dataDir = Files.createDirectory(scratch.resolve("sync"));
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().add("SHSW-PM", 4).add("SNSW-001P16EU", 4)
                .add("S3SW-001P16EU", 4).build())) {
            List<String> ids = new ArrayList<>();
            String jobId;
            ManagerJvm first = ManagerJvm.start(dataDir, with(QUIET, "shelly-manager.config.sync-concurrency=2"));
            try {
                for (SimulatedDevice device : fleet.devices()) {
                    ManagerJvm.Reply added = first.post("/api/v1/devices", "{\"address\":\"" + device.address() + "\"}");
                    assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
                    ids.add(added.body().path("id").asString());
                    assertThat(first.post("/api/v1/config/devices/" + ids.getLast() + "/pull", "").status()).isEqualTo(200);
                }
                assertThat(first.send(first.request("/api/v1/config/defaults").header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(SETTINGS))).status()).isEqualTo(200);
                fleet.devices().forEach(d -> d.injectFault(new Fault.Latency(Duration.ofMillis(700))));
                ManagerJvm.Reply started = first.post("/api/v1/config/sync", "{\"all\":true}");
                assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
                jobId = started.body().path("id").asString();
                await().atMost(Duration.ofMinutes(3)).until(() -> first.get("/api/v1/jobs/" + jobId).body().path("progress").path("done").asInt() >= 2);
            } finally {
                first.kill();
            }
            fleet.devices().forEach(SimulatedDevice::clearFaults);

            try (ManagerJvm again = ManagerJvm.start(dataDir, QUIET)) {
                JsonNode job = again.get("/api/v1/jobs/" + jobId).body();
                assertThat(job.path("state").asString()).isEqualTo("INTERRUPTED");
                assertThat(job.path("finishedAt").isNull()).isFalse();
                assertThat(job.path("resultCount").asInt()).isLessThan(ids.size());
                List<String> applied = new ArrayList<>();
                job.path("results").forEach(r -> {
                    if (r.path("outcome").asString().equals("APPLIED")) {
                        applied.add(r.path("deviceId").asString());
                    }
                });
                for (String id : ids) {
                    assertThat(again.post("/api/v1/config/devices/" + id + "/pull", "").status()).isEqualTo(200);
                    JsonNode drift = again.get("/api/v1/config/devices/" + id + "/desired").body().path("drift");
                    if (applied.contains(id)) {
                        assertThat(drift).as("drift of %s, applied before the kill", id).isEmpty();
                    }
                }
                ManagerJvm.Reply rerun = again.post("/api/v1/config/sync", "{\"all\":true}");
                String rerunId = rerun.body().path("id").asString();
                await().atMost(Duration.ofMinutes(3)).until(() -> again.get("/api/v1/jobs/" + rerunId).body().path("finishedAt").isString());
                JsonNode done = again.get("/api/v1/jobs/" + rerunId).body();
                assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
                for (String id : ids) {
                    again.post("/api/v1/config/devices/" + id + "/pull", "");
                    assertThat(again.get("/api/v1/config/devices/" + id + "/desired").body().path("drift")).as("drift of %s", id).isEmpty();
                }
            }
        }
    }

    @Test
    void aBackupKilledMidwayLeavesNoArchiveThatIsListedOrVerifiesAndTheNextBackupSucceeds() throws Exception {
        Path source = Files.createDirectory(scratch.resolve("backup"));
        fourDevicesWithSamples(source);

        Path archives = source.resolve("archives");
        ManagerJvm killed = ManagerJvm.start(source, QUIET);
        String jobId;
        try {
            ManagerJvm.Reply started = killed.post("/api/v1/backups?wait=false", "");
            assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
            jobId = started.body().path("id").asString();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> Files.isDirectory(archives)
                    && !files(archives).isEmpty());
        } finally {
            killed.kill();
        }
        try (ManagerJvm again = ManagerJvm.start(source, QUIET)) {
            JsonNode job = again.get("/api/v1/jobs/" + jobId).body();
            assertThat(job.path("kind").asString()).isEqualTo("BACKUP");
            assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("INTERRUPTED");
            assertThat(files(archives)).as("nothing of the unfinished backup is left").allMatch(f -> f.getFileName().toString()
                    .matches("shelly-manager-.*\\.sma"));
            for (JsonNode listed : again.get("/api/v1/backups").body()) {
                String name = listed.path("name").asString();
                assertThat(again.post("/api/v1/backups/" + name + "/verify", "").status()).as("listed archive %s verifies", name)
                        .isEqualTo(200);
            }
            ManagerJvm.Reply made = again.post("/api/v1/backups", "");
            assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
            assertThat(again.post("/api/v1/backups/" + made.body().path("name").asString() + "/verify", "").status()).isEqualTo(200);
            assertThat(made.body().path("manifest").toString()).contains("400000");
        }
    }

    @Test
    void aRestoreKilledMidwayIsInterruptedAndLeavesTheDatabaseAsItWasAndTheNextRestoreSucceeds() throws Exception {
        Path source = Files.createDirectory(scratch.resolve("restore-source"));
        List<String> ids = fourDevicesWithSamples(source);
        String name;
        try (ManagerJvm backup = ManagerJvm.start(source, QUIET)) {
            ManagerJvm.Reply made = backup.post("/api/v1/backups", "");
            assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
            name = made.body().path("name").asString();
        }
        Path target = Files.createDirectory(scratch.resolve("restore-target"));
        Files.copy(source.resolve("archives").resolve(name), Files.createDirectories(target.resolve("archives")).resolve(name));

        String restore = "/api/v1/backups/" + name + "/restore?sections=devices";
        ManagerJvm killed = ManagerJvm.start(target, QUIET);
        String jobId;
        try {
            CompletableFuture.runAsync(() -> killed.post(restore, ""));
            jobId = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> {
                JsonNode running = killed.get("/api/v1/jobs?kind=RESTORE&state=RUNNING").body().path("items");
                return running.isEmpty() ? null : running.get(0).path("id").asString();
            }, id -> id != null);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> killed.get("/api/v1/jobs/"
                    + jobId).body().path("progress").path("done").asInt() >= 1000);
        } finally {
            killed.kill();
        }
        try (ManagerJvm again = ManagerJvm.start(target, QUIET)) {
            JsonNode job = again.get("/api/v1/jobs/" + jobId).body();
            assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("INTERRUPTED");
            assertThat(again.get("/api/v1/devices").body().path("total").asLong()).as("devices after the killed restore").isZero();
            ManagerJvm.Reply restored = again.post(restore, "");
            assertThat(restored.status()).as(restored.body().toString()).isEqualTo(200);
            assertThat(restored.body().path("rows").path("telemetry_points").asLong()).isEqualTo(400_000);
            assertThat(again.get("/api/v1/devices").body().path("total").asLong()).isEqualTo(ids.size());
        }
    }

    /** Four devices in the inventory of a manager on {@code dataDir}, with 400,000 raw history points; answers their ids. */
    private static List<String> fourDevicesWithSamples(Path dataDir) throws Exception {
        List<String> ids = new ArrayList<>();
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().add("SHSW-PM", 2).add("SNSW-001P16EU", 2).build());
             ManagerJvm first = ManagerJvm.start(dataDir, QUIET)) {
            for (SimulatedDevice device : fleet.devices()) {
                ids.add(first.post("/api/v1/devices", "{\"address\":\"" + device.address() + "\"}").body().path("id").asString());
            }
        }
        writeSamples(dataDir, ids, 400_000);
        return ids;
    }

    private static String[] with(String[] settings, String more) {
        String[] all = Arrays.copyOf(settings, settings.length + 1);
        all[settings.length] = more;
        return all;
    }

    /** Every regular file under the backup directory, work directories included. */
    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static void writeSamples(Path dataDir, List<String> ids, int rows) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("shelly-manager.db"));
             PreparedStatement series = db.prepareStatement(
                     "INSERT INTO telemetry_series (id, device_id, channel, metric) VALUES (?, ?, 'switch:0', 'power')");
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO telemetry_points (series_id, ts, reading) VALUES (?, ?, ?)")) {
            db.setAutoCommit(false);
            for (int i = 0; i < ids.size(); i++) {
                series.setInt(1, 1000 + i);
                series.setString(2, ids.get(i));
                series.executeUpdate();
            }
            for (int i = 0; i < rows; i++) {
                insert.setInt(1, 1000 + i % ids.size());
                insert.setLong(2, 1_700_000_000_000L + i * 1000L);
                insert.setDouble(3, i % 100);
                insert.addBatch();
                if (i % 10_000 == 9_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            db.commit();
        }
    }
}

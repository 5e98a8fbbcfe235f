package org.shellymanager.bench.scenario;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.bench.harness.HistoryDatabase;
import org.shellymanager.bench.harness.ManagerApi;
import org.shellymanager.bench.harness.ManagerProcess;
import org.shellymanager.bench.report.Figure;
import org.shellymanager.bench.ui.FleetDatabase;

/**
 * Full backup and restore through the API: an inventory written into a migrated SQLite database (the page-render
 * benchmark's fleet) with a year of hourly power history per device, backed up by the server
 * ({@code POST /api/v1/backups}), downloaded, and restored into a second server with a fresh data directory
 * ({@code POST /api/v1/restore}). Both with telemetry off, so only the backup work is measured.
 */
public final class BackupScenario implements Scenario {

    private static final List<String> QUIET = List.of("-Dshelly-manager.telemetry.enabled=false");

    @Override
    public String name() {
        return "full backup and restore";
    }

    @Override
    public String target() {
        return "< 30 s each";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int devices = context.scale().backupDevices();
        String scenario = String.format(Locale.ROOT, "backup and restore of %,d devices with a year of hourly history", devices);
        Path source = Files.createTempDirectory("shelly-bench-backup");
        ManagerProcess.start(context.jar(), source, QUIET, List.of()).close();
        FleetDatabase.fill(source, devices);
        HistoryDatabase.Written history = HistoryDatabase.fillYear(source);
        String storageLimit = String.format(Locale.ROOT, "SQLite raw insert %,.0f rows/s", history.rowsPerSecond());
        byte[] archive;
        double backupSeconds;
        try (ManagerProcess manager = ManagerProcess.start(context.jar(), source, QUIET, List.of())) {
            long start = System.nanoTime();
            ManagerApi.Reply created = manager.api().post("/api/v1/backups", "");
            backupSeconds = (System.nanoTime() - start) / 1e9;
            if (created.status() != 201) {
                return List.of(Figure.failed(scenario, target(), new IllegalStateException("backup refused: HTTP "
                        + created.status() + " " + created.body())));
            }
            archive = manager.api().reply(HttpRequest.newBuilder(URI.create(manager.api().base() + "/api/v1/backups/"
                    + created.body().path("name").asString())).GET()).bytes();
        }
        Figure backup = Figure.checked(scenario, "backup", String.format(Locale.ROOT, "%.1f s (%,d history rows, archive %,d KiB)",
                        backupSeconds, history.rows(), archive.length / 1024), target(), backupSeconds < 30,
                Map.of("seconds", backupSeconds, "rows", (double) history.rows(), "archiveBytes", (double) archive.length))
                .withLimit(storageLimit);
        try (ManagerProcess target = ManagerProcess.start(context.jar(), Files.createTempDirectory("shelly-bench-restore"), QUIET,
                List.of())) {
            long start = System.nanoTime();
            ManagerApi.Reply restored = target.api().reply(HttpRequest.newBuilder(URI.create(target.api().base() + "/api/v1/restore"))
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
            double restoreSeconds = (System.nanoTime() - start) / 1e9;
            if (restored.status() != 200) {
                return List.of(backup, Figure.failed(scenario, target(), new IllegalStateException("restore refused: HTTP "
                        + restored.status() + " " + restored.body().path("code").asString() + " " + restored.body().path("detail").asString())));
            }
            return List.of(backup, Figure.checked(scenario, "restore", String.format(Locale.ROOT, "%.1f s", restoreSeconds),
                    target(), restoreSeconds < 30, Map.of("seconds", restoreSeconds)).withLimit(storageLimit));
        }
    }
}

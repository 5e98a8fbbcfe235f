package org.shellymanager.bench.scenario;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.bench.harness.HistoryDatabase;
import org.shellymanager.bench.harness.ManagerApi;
import org.shellymanager.bench.harness.ManagerProcess;
import org.shellymanager.bench.harness.Processes;
import org.shellymanager.bench.harness.Scratch;
import org.shellymanager.bench.report.Figure;
import org.shellymanager.bench.ui.FleetDatabase;

/**
 * Full backup and restore through the API: an inventory written into a migrated SQLite database (the page-render
 * benchmark's fleet) with a year of hourly power history per device, backed up by the server
 * ({@code POST /api/v1/backups}), downloaded, and restored into a second server with a fresh data directory
 * ({@code POST /api/v1/restore}). Both with telemetry off, so only the backup work is measured; each is reported
 * with the server's CPU time, which the machine's load does not distort, and rows and archive bytes per second.
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
        context.stopFleet();
        Path source = Scratch.directory("shelly-bench-backup");
        ManagerProcess.start(context.jar(), source, QUIET, List.of()).close();
        FleetDatabase.fill(source, devices);
        HistoryDatabase.Written history = HistoryDatabase.fillYear(source);
        String storageLimit = String.format(Locale.ROOT, "history: %,d hourly buckets in %,d day blocks, written by SQLite at "
                + "%,.0f rows/s; database %.1f MiB", history.buckets(), history.rows(), history.rowsPerSecond(),
                history.databaseBytes() / 1048576.0);
        byte[] archive;
        Work backup;
        try (ManagerProcess manager = ManagerProcess.start(context.jar(), source, QUIET, List.of())) {
            backup = Work.start(manager);
            ManagerApi.Reply created = manager.api().post("/api/v1/backups", "");
            backup = backup.end(manager);
            if (created.status() != 201) {
                return List.of(Figure.failed(scenario, target(), new IllegalStateException("backup refused: HTTP "
                        + created.status() + " " + created.body())));
            }
            archive = manager.api().reply(HttpRequest.newBuilder(URI.create(manager.api().base() + "/api/v1/backups/"
                    + created.body().path("name").asString())).GET()).bytes();
        }
        Figure backupFigure = figure(scenario, "backup", backup, history.rows(), archive.length).withLimit(storageLimit);
        try (ManagerProcess target = ManagerProcess.start(context.jar(), Scratch.directory("shelly-bench-restore"), QUIET,
                List.of())) {
            Work restore = Work.start(target);
            ManagerApi.Reply restored = target.api().reply(HttpRequest.newBuilder(URI.create(target.api().base() + "/api/v1/restore"))
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
            restore = restore.end(target);
            if (restored.status() != 200) {
                return List.of(backupFigure, Figure.failed(scenario, target(), new IllegalStateException("restore refused: HTTP "
                        + restored.status() + " " + restored.body().path("code").asString() + " " + restored.body().path("detail").asString())));
            }
            return List.of(backupFigure, figure(scenario, "restore", restore, history.rows(), archive.length));
        }
    }

    /** Wall time and the server's CPU time (user + system) of one call: the CPU figure is what load does not distort. */
    private record Work(long startNanos, long startTicks, double seconds, double cpuSeconds) {

        static Work start(ManagerProcess manager) {
            return new Work(System.nanoTime(), Processes.cpuTicks(manager.pid()).orElse(0), 0, 0);
        }

        Work end(ManagerProcess manager) {
            return new Work(startNanos, startTicks, (System.nanoTime() - startNanos) / 1e9,
                    (Processes.cpuTicks(manager.pid()).orElse(0) - startTicks) / 100.0);
        }
    }

    private Figure figure(String scenario, String measure, Work work, long rows, long archiveBytes) {
        double mib = archiveBytes / 1048576.0;
        String value = String.format(Locale.ROOT, "%.1f s, %.1f CPU s (%,d history rows: %,.0f rows/s, %.2f CPU s per million "
                        + "rows; archive %.1f MiB: %.1f MiB/s)", work.seconds(), work.cpuSeconds(), rows, rows / work.seconds(),
                work.cpuSeconds() / (rows / 1e6), mib, mib / work.seconds());
        return Figure.checked(scenario, measure, value, target(), work.seconds() < 30, Map.of("seconds", work.seconds(),
                "cpuSeconds", work.cpuSeconds(), "rows", (double) rows, "archiveBytes", (double) archiveBytes));
    }
}

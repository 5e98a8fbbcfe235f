package org.shellymanager.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.shellymanager.bench.discovery.DiscoveryScenario;
import org.shellymanager.bench.harness.Processes;
import org.shellymanager.bench.report.Figure;
import org.shellymanager.bench.report.Machine;
import org.shellymanager.bench.report.Report;
import org.shellymanager.bench.scenario.ApiListScenario;
import org.shellymanager.bench.scenario.BackupScenario;
import org.shellymanager.bench.scenario.BenchContext;
import org.shellymanager.bench.scenario.ExportScenario;
import org.shellymanager.bench.scenario.FaultyFleetSoakScenario;
import org.shellymanager.bench.scenario.PeakPollingScenario;
import org.shellymanager.bench.scenario.Scale;
import org.shellymanager.bench.scenario.Scenario;
import org.shellymanager.bench.scenario.StartupScenario;
import org.shellymanager.bench.scenario.SteadyPollingScenario;
import org.shellymanager.bench.scenario.StretchScenario;
import org.shellymanager.bench.scenario.SyncScenario;

/**
 * Runs the fleet-scale scenarios of the table against the built server jar and prints one table (Markdown)
 * and writes it as JSON. A scenario that breaks is a FAILED line with its cause; the others still run.
 *
 * <p>Arguments: {@code [--quick] [--only word,word] [--backup-devices N] [--jar manager/target/shelly-manager.jar]
 * [--json bench/target/bench-results.json]}. {@code --quick} runs every scenario briefly at a small size to prove it
 * works; without it the sizes and durations are the (about an hour and a half).
 */
public final class BenchRunner {

    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        List<String> given = Arrays.asList(args);
        Scale scale = given.contains("--quick") ? Scale.QUICK : Scale.FULL;
        String backupDevices = option(given, "--backup-devices", "");
        if (!backupDevices.isEmpty()) {
            scale = scale.withBackupDevices(Integer.parseInt(backupDevices));
        }
        Path jar = Path.of(option(given, "--jar", "manager/target/shelly-manager.jar")).toAbsolutePath();
        Path json = Path.of(option(given, "--json", "bench/target/bench-results.json"));
        List<String> only = Arrays.stream(option(given, "--only", "").split(",")).filter(s -> !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        List<Scenario> scenarios = List.of(new StartupScenario(), new DiscoveryScenario(), new SteadyPollingScenario(),
                new ExportScenario(), new SyncScenario(), new ApiListScenario(), new PeakPollingScenario(),
                new BackupScenario(), new FaultyFleetSoakScenario(), new StretchScenario());
        double loadAtStart = Processes.loadAverage();
        List<Figure> figures = new ArrayList<>();
        try (BenchContext context = new BenchContext(jar, scale)) {
            for (Scenario scenario : scenarios) {
                String name = scenario.name().toLowerCase(Locale.ROOT);
                if (!only.isEmpty() && only.stream().noneMatch(name::contains)) {
                    continue;
                }
                System.err.printf(Locale.ROOT, "running: %s (load %.2f)%n", scenario.name(), Processes.loadAverage());
                try {
                    List<Figure> measured = scenario.run(context);
                    measured.forEach(f -> System.err.println("  " + f.measure() + ": " + f.value() + " " + f.verdict() + " " + f.note()));
                    figures.addAll(measured);
                } catch (Exception e) {
                    e.printStackTrace();
                    figures.add(Figure.failed(scenario.name(), scenario.target(), e));
                }
            }
        }
        Machine machine = Machine.now(loadAtStart);
        System.out.println(Report.table(figures, machine, scale.name()));
        Report.writeJson(json, figures, machine, scale.name());
        System.err.println("results written to " + json.toAbsolutePath());
    }

    private static String option(List<String> args, String name, String otherwise) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : otherwise;
    }
}

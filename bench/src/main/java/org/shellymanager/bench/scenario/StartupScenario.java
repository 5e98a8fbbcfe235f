package org.shellymanager.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.bench.harness.ManagerProcess;
import org.shellymanager.bench.harness.Processes;
import org.shellymanager.bench.harness.Scratch;
import org.shellymanager.bench.report.Figure;
import org.shellymanager.bench.report.Stats;

/**
 * Start-up of the jar as the launcher starts it (its JVM defaults and start-up cache) on an empty data directory
 * (SQLite, migrations included), from starting the launcher to the first ready answer, the CPU time the server used
 * until then (which, unlike the wall time, a busy machine does not stretch much), and its resident set after 20 s
 * idle. Three starts; the median counts.
 */
public final class StartupScenario implements Scenario {

    private static final int STARTS = 3;

    @Override
    public String name() {
        return "start-up to ready, idle RSS";
    }

    @Override
    public String target() {
        return "< 5 s, < 250 MB";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        List<Double> seconds = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            try (ManagerProcess manager = ManagerProcess.start(context.jar(), Scratch.directory("shelly-bench-start"),
                    List.of(), List.of())) {
                seconds.add(manager.startup().toMillis() / 1000.0);
                cpu.add(manager.startupCpuSeconds());
                Processes.sleep(Duration.ofSeconds(20));
                rss.add(Processes.rssBytes(manager.pid()).orElse(0) / (1024.0 * 1024));
            }
        }
        Stats start = Stats.of(seconds);
        Stats idle = Stats.of(rss);
        Stats work = Stats.of(cpu);
        return List.of(
                Figure.checked(name(), "start-up to ready", String.format(Locale.ROOT, "median %.1f s, max %.1f s; CPU until ready "
                                + "median %.1f s", start.median(), start.max(), work.median()), "< 5 s", start.median() < 5,
                        Map.of("median", start.median(), "max", start.max(), "cpuMedian", work.median())),
                Figure.checked(name(), "idle RSS after 20 s", String.format(Locale.ROOT, "median %.0f MiB", idle.median()),
                        "< 250 MB", idle.median() * 1024 * 1024 < 250e6, Map.of("rssMiB", idle.median())));
    }
}

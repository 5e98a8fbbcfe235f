package org.shellymanager.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.bench.harness.DatabaseSize;
import org.shellymanager.bench.harness.FleetSession;
import org.shellymanager.bench.harness.PollingProbe;
import org.shellymanager.bench.report.Figure;
import org.shellymanager.bench.report.Stats;
import org.shellymanager.bench.report.Verdict;

/**
 * Steady polling of the shared fleet at 30 s: after one interval of warm-up (the first polls are spread over it),
 * the server's on-time counter, every device's status age, the manager's CPU and resident set over the window, and
 * how fast the database grows (pages in use and history rows before and after the window, extrapolated to a day).
 */
public final class SteadyPollingScenario implements Scenario {

    static final String TARGET = ">= 99.9% on time, age p99 < 35 s, CPU < 25%, RSS < 512 MB";

    @Override
    public String name() {
        return "steady polling at 30 s";
    }

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        FleetSession session = context.fleet();
        Thread.sleep(Duration.ofSeconds(35));
        DatabaseSize before = DatabaseSize.of(session.dataDir());
        long started = System.nanoTime();
        PollingProbe.Observation seen = PollingProbe.watch(session.manager(), context.scale().window());
        Thread.sleep(Duration.ofSeconds(6));
        DatabaseSize after = DatabaseSize.of(session.dataDir());
        double days = (System.nanoTime() - started) / 1e9 / 86_400;
        String scenario = name() + String.format(Locale.ROOT, ", %,d devices", context.scale().fleet());
        List<Figure> figures = new ArrayList<>(figures(scenario, seen));
        double bytesPerDay = (after.usedBytes() - before.usedBytes()) / days;
        double rowsPerDay = (after.pointRows() - before.pointRows()) / days;
        double bucketsPerDay = (after.bucketRows() - before.bucketRows()) / days;
        figures.add(new Figure(scenario, "database growth", String.format(Locale.ROOT,
                "%,.0f MiB a day (%,.0f raw points and %,.0f buckets a day, %.0f bytes a row)", bytesPerDay / (1024 * 1024),
                rowsPerDay, bucketsPerDay, rowsPerDay + bucketsPerDay > 0 ? bytesPerDay / (rowsPerDay + bucketsPerDay) : 0),
                "reported", "-", Verdict.REPORTED, "",
                Map.of("bytesPerDay", bytesPerDay, "rowsPerDay", rowsPerDay, "bucketsPerDay", bucketsPerDay))
                .withNote("SQLite, pages in use of the whole file: raw points (kept 7 days by default) and 5-minute "
                        + "buckets (kept 90 days), extrapolated from the window; buckets are written as each 5-minute "
                        + "bucket closes, so a window of a few minutes over- or under-states them"));
        return figures;
    }

    /** The four figures of a steady polling run, checked against the targets. */
    static List<Figure> figures(String scenario, PollingProbe.Observation seen) {
        Stats age = seen.ageSeconds();
        double machineCpu = seen.cpuCores() / Runtime.getRuntime().availableProcessors();
        long rssMiB = seen.rssMaxBytes() / (1024 * 1024);
        String window = String.format(Locale.ROOT, "%,d polls in %d s; states at the end %s", seen.polls(),
                seen.window().toSeconds(), seen.states());
        return List.of(
                Figure.checked(scenario, "polls on time", String.format(Locale.ROOT, "%.2f %%", seen.onTime() * 100),
                        ">= 99.9 %", seen.onTime() >= 0.999, Map.of("onTime", seen.onTime(), "polls", (double) seen.polls()))
                        .withNote(window),
                Figure.checked(scenario, "status age", String.format(Locale.ROOT, "median %.1f s, p99 %.1f s", age.median(), age.p99()),
                        "p99 < 35 s", age.count() > 0 && age.p99() < 35, Map.of("ageMedian", age.median(), "ageP99", age.p99())),
                Figure.checked(scenario, "manager CPU", String.format(Locale.ROOT, "%.1f %% of the machine (%.2f cores)",
                        machineCpu * 100, seen.cpuCores()), "< 25 %", machineCpu < 0.25, Map.of("cpuCores", seen.cpuCores())),
                Figure.checked(scenario, "manager RSS (max)", String.format(Locale.ROOT, "%,d MiB", rssMiB), "< 512 MB",
                        seen.rssMaxBytes() < 512L * 1000 * 1000, Map.of("rssMiB", (double) rssMiB)));
    }
}

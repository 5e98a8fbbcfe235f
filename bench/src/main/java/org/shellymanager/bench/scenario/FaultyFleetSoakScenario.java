package org.shellymanager.bench.scenario;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.shellymanager.bench.harness.FleetSession;
import org.shellymanager.bench.harness.LiveHeap;
import org.shellymanager.bench.harness.PollingProbe;
import org.shellymanager.bench.harness.Processes;
import org.shellymanager.bench.report.Figure;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.SimulatedDevice;

/**
 * The long form of the faulty-fleet resilience test: a tenth of a fleet polled every 10 s misbehaves in every way
 * the simulator knows (silence, resets, HTTP 500, malformed, truncated and oversized replies, slow drips, refusals,
 * flapping) for the whole soak. Passes when the healthy devices' status age stays within one interval plus 5 s at
 * p99, and the manager's threads, open files and live heap (what survives a full collection, see {@link LiveHeap})
 * at the end are within 20% (plus a small constant) of what they were after the first intervals. The resident set is
 * reported but not checked: it grows while the heap expands towards its cap, which says nothing about a leak.
 */
public final class FaultyFleetSoakScenario implements Scenario {

    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final List<Fault> FAULTS = List.of(new Fault.NoAnswer(), new Fault.Reset(), new Fault.ServerError(),
            new Fault.MalformedJson(), new Fault.TruncatedJson(), new Fault.OversizedBody(4 * 1024 * 1024),
            new Fault.SlowDrip(Duration.ofMillis(50)), new Fault.Refused(), new Fault.Latency(Duration.ofSeconds(20)),
            new Fault.Flapping(Duration.ofSeconds(7), Duration.ofSeconds(13)));

    @Override
    public String name() {
        return "faulty fleet soak (10% faulty)";
    }

    @Override
    public String target() {
        return "healthy polls on time; threads, files, heap flat";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int size = Math.min(1_000, context.scale().fleet());
        context.stopFleet();
        try (FleetSession session = FleetSession.start(context.jar(), size, 21,
                List.of("shelly-manager.telemetry.interval=" + INTERVAL.toSeconds() + "s"))) {
            List<SimulatedDevice> devices = session.fleet().devices();
            Set<String> healthy = new HashSet<>();
            for (int i = 0; i < devices.size(); i++) {
                if (i % 10 == 0) {
                    devices.get(i).injectFault(FAULTS.get(i / 10 % FAULTS.size()));
                } else {
                    healthy.add(devices.get(i).address());
                }
            }
            Set<String> healthyIds = PollingProbe.idsAt(session.manager().api(), healthy);
            long pid = session.manager().pid();
            Thread.sleep(INTERVAL.multipliedBy(3));
            long threads = Processes.threads(pid).orElse(0);
            long files = Processes.openFiles(pid).orElse(0);
            long rss = Processes.rssBytes(pid).orElse(0);
            long heap = LiveHeap.bytes(pid).orElseThrow(() -> new IllegalStateException("jcmd cannot read the manager's heap"));
            PollingProbe.Observation seen = PollingProbe.watch(session.manager(), context.scale().soak(), healthyIds::contains);
            long threadsEnd = Processes.threads(pid).orElse(0);
            long filesEnd = Processes.openFiles(pid).orElse(0);
            long rssEnd = Processes.rssBytes(pid).orElse(0);
            long heapEnd = LiveHeap.bytes(pid).orElseThrow(() -> new IllegalStateException("jcmd cannot read the manager's heap"));
            boolean flat = threadsEnd <= threads * 1.2 + 10 && filesEnd <= files * 1.2 + 20 && heapEnd <= heap * 1.2 + 16 * 1024 * 1024;
            boolean onTime = seen.ageSeconds().count() > 0 && seen.ageSeconds().p99() < INTERVAL.toSeconds() + 5;
            String scenario = String.format(Locale.ROOT, "%s, %,d devices at %d s for %d min", name(), size,
                    INTERVAL.toSeconds(), context.scale().soak().toMinutes());
            return List.of(
                    Figure.checked(scenario, "healthy status age", String.format(Locale.ROOT, "median %.1f s, p99 %.1f s; %.2f %% of all polls on time",
                            seen.ageSeconds().median(), seen.ageSeconds().p99(), seen.onTime() * 100), "p99 < interval + 5 s", onTime,
                            Map.of("ageP99", seen.ageSeconds().p99(), "onTime", seen.onTime())),
                    Figure.checked(scenario, "threads / open files / live heap after full GC (RSS), start -> end",
                            String.format(Locale.ROOT, "%d -> %d / %d -> %d / %,d -> %,d MiB (%,d -> %,d MiB)", threads, threadsEnd,
                                    files, filesEnd, heap / (1 << 20), heapEnd / (1 << 20), rss / (1 << 20), rssEnd / (1 << 20)),
                            "threads, files, live heap flat (within 20%)", flat,
                            Map.of("threads", (double) threads, "threadsEnd", (double) threadsEnd, "files", (double) files,
                                    "filesEnd", (double) filesEnd, "heap", (double) heap, "heapEnd", (double) heapEnd,
                                    "rss", (double) rss, "rssEnd", (double) rssEnd)));
        }
    }
}

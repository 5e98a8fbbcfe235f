package org.shellymanager.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.bench.harness.FleetSession;
import org.shellymanager.bench.harness.PollingProbe;
import org.shellymanager.bench.report.Figure;
import org.shellymanager.bench.report.Verdict;

/**
 * The stretch: {@link Scale#stretch()} devices polled every 60 s. There is no pass/fail; the scenario reports the
 * steady-polling figures if the fleet comes up, and otherwise the first thing that broke (simulator start-up,
 * discovery, the manager), with its message. The fleet shares one listener per port ({@code SharedListeners}: a
 * socket per device would pass the open-file limit), so it needs a network namespace of its own, which
 * {@code bench/run.sh} provides, and a port of its own ({@code FleetSession}); the shared fleet is stopped first.
 * The manager gets {@value #HEAP} of heap instead of the launcher's default.
 */
public final class StretchScenario implements Scenario {

    static final String HEAP = "-Xmx2g";

    @Override
    public String name() {
        return "stretch: polling at 60 s";
    }

    @Override
    public String target() {
        return "report what holds and what breaks first";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int devices = context.scale().stretch();
        if (devices == 0) {
            return List.of(new Figure(name(), "-", "not run", target(), "-", Verdict.REPORTED, "full runs only", Map.of()));
        }
        String scenario = String.format(Locale.ROOT, "%s, %,d devices", name(), devices);
        context.stopFleet();
        String stage = "starting the simulated fleet and discovering it";
        try (FleetSession session = FleetSession.start(context.jar(), devices, 30,
                List.of("shelly-manager.telemetry.interval=60s"), true, List.of(HEAP))) {
            stage = "polling";
            Thread.sleep(Duration.ofSeconds(65));
            PollingProbe.Observation seen = PollingProbe.watch(session.manager(), Duration.ofMinutes(3));
            List<Figure> figures = new ArrayList<>();
            for (Figure figure : SteadyPollingScenario.figures(scenario, seen)) {
                figures.add(new Figure(figure.scenario(), figure.measure(), figure.value(), "reported", "-", Verdict.REPORTED,
                        figure.verdict() == Verdict.MET ? "would meet the 10k target" : "misses the 10k target", figure.numbers()));
            }
            return figures;
        } catch (Exception | OutOfMemoryError e) {
            return List.of(new Figure(scenario, "first to break", stage, target(), "-", Verdict.REPORTED,
                    e.getClass().getSimpleName() + ": " + e.getMessage()
                            + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), Map.of()));
        }
    }
}

package org.shellymanager.bench.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.bench.harness.FetchLimit;
import org.shellymanager.bench.harness.FleetSession;
import org.shellymanager.bench.harness.PollingProbe;
import org.shellymanager.bench.report.Figure;

/**
 * Peak polling throughput (poll, parse, store): the shared fleet's manager restarted with a 1 s interval (the
 * shortest the server takes) so that every device is always due, beside the fetch limit measured just before on the
 * same fleet with the same client and the same number of requests in flight (256, the poller's default). The manager
 * is put back to the steady settings afterwards.
 */
public final class PeakPollingScenario implements Scenario {

    private static final int IN_FLIGHT = 256;

    @Override
    public String name() {
        return "peak polling throughput";
    }

    @Override
    public String target() {
        return ">= 50% of the fetch limit";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        FleetSession session = context.fleet();
        Duration window = context.scale().window().compareTo(Duration.ofSeconds(60)) > 0 ? Duration.ofSeconds(60) : context.scale().window();
        session.restart(List.of("shelly-manager.telemetry.enabled=false"));
        FetchLimit.Rate limit = FetchLimit.measure(session.fleet().devices(), IN_FLIGHT, Duration.ofSeconds(20));
        session.restart(List.of("shelly-manager.telemetry.interval=1s", "shelly-manager.telemetry.jitter=0s",
                "shelly-manager.telemetry.history.sample-interval=1s"));
        Thread.sleep(Duration.ofSeconds(5));
        double allocatedBefore = session.manager().api().allocatedBytes();
        PollingProbe.Observation seen = PollingProbe.watch(session.manager(), window);
        double allocatedPerPoll = (session.manager().api().allocatedBytes() - allocatedBefore) / Math.max(1, seen.polls());
        session.restart(BenchContext.STEADY);
        double share = seen.pollsPerSecond() / limit.perSecond();
        String scenario = name() + String.format(Locale.ROOT, ", %,d devices", context.scale().fleet());
        return List.of(Figure.checked(scenario, "polls/s (poll, parse, store)",
                        String.format(Locale.ROOT, "%,.0f /s (%.0f %% of the limit)", seen.pollsPerSecond(), share * 100),
                        ">= 50 % of the limit", share >= 0.5,
                        Map.of("pollsPerSecond", seen.pollsPerSecond(), "limitPerSecond", limit.perSecond(), "share", share))
                .withLimit(String.format(Locale.ROOT, "%,.0f fetches/s, %d in flight (%,d errors)", limit.perSecond(), IN_FLIGHT,
                        limit.errors()))
                .withNote(String.format(Locale.ROOT, "manager CPU %.2f cores, %.3f ms and %.1f KB allocated a poll; every poll "
                        + "is due each second", seen.cpuCores(), seen.cpuCores() * 1000 / seen.pollsPerSecond(), allocatedPerPoll / 1000)));
    }
}

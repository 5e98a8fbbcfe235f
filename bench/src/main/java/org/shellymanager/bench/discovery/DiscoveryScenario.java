package org.shellymanager.bench.discovery;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.bench.report.Figure;
import org.shellymanager.bench.scenario.BenchContext;
import org.shellymanager.bench.scenario.Scenario;

/** The discovery benchmark's /20 scenario (1,000 devices, the rest refused) in the runner's table. */
public final class DiscoveryScenario implements Scenario {

    @Override
    public String name() {
        return "discovery of a /20 with 1,000 devices";
    }

    @Override
    public String target() {
        return "< 10 s";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        DiscoveryBenchmark.Row row = DiscoveryBenchmark.run(context.jar(), DiscoveryBenchmark.slash20());
        double seconds = row.wall().toMillis() / 1000.0;
        return List.of(Figure.checked(name(), "scan job wall time", String.format(Locale.ROOT,
                        "%.1f s (%,d addresses, %,d found, %,.0f addresses/s)", seconds, row.addresses(), row.devices(),
                        row.perSecond()), target(), seconds < 10 && row.devices() == 1000,
                Map.of("seconds", seconds, "devices", (double) row.devices())));
    }
}

package org.shellymanager.bench.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.bench.harness.FleetSession;
import org.shellymanager.bench.harness.ManagerApi;
import org.shellymanager.bench.report.Figure;
import org.shellymanager.bench.report.Stats;
import org.shellymanager.bench.report.Verdict;
import tools.jackson.databind.JsonNode;

/**
 * Export of the shared fleet through the API, every exporter in every format it offers: three runs each, the
 * median and the slowest reported (time to the whole answer). Exporters that need options to run are named in the
 * note rather than timed.
 */
public final class ExportScenario implements Scenario {

    private static final int RUNS = 3;

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String target() {
        return "< 1 s each format";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        FleetSession session = context.fleet();
        ManagerApi api = session.manager().api();
        List<Figure> figures = new ArrayList<>();
        List<String> needOptions = new ArrayList<>();
        String scenario = String.format(Locale.ROOT, "export of %,d devices", context.scale().fleet());
        for (JsonNode exporter : api.get("/api/v1/exporters")) {
            String name = exporter.path("name").asString();
            for (JsonNode format : exporter.path("formats")) {
                List<Double> took = new ArrayList<>();
                String refused = null;
                for (int run = 0; run < RUNS && refused == null; run++) {
                    long start = System.nanoTime();
                    ManagerApi.Reply reply = api.post("/api/v1/exports/" + name, "{\"format\":\"" + format.asString() + "\"}");
                    took.add((System.nanoTime() - start) / 1e6);
                    if (reply.status() != 200) {
                        refused = reply.body().path("code").asString("HTTP " + reply.status());
                    }
                }
                if (refused != null) {
                    needOptions.add(name + "/" + format.asString() + " (" + refused + ")");
                    continue;
                }
                Stats stats = Stats.of(took);
                figures.add(Figure.checked(scenario, name + " " + format.asString(), String.format(Locale.ROOT,
                                "median %.0f ms, max %.0f ms", stats.median(), stats.max()), "< 1 s", stats.max() < 1000,
                        Map.of("median", stats.median(), "max", stats.max())));
            }
        }
        if (!needOptions.isEmpty()) {
            figures.add(new Figure(scenario, "not timed", String.valueOf(needOptions.size()), "< 1 s", "-",
                    Verdict.REPORTED, "refused without options: " + String.join(", ", needOptions), Map.of()));
        }
        return figures;
    }
}

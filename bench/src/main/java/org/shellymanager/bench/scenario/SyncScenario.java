package org.shellymanager.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.bench.harness.FleetSession;
import org.shellymanager.bench.harness.Jobs;
import org.shellymanager.bench.harness.ManagerApi;
import org.shellymanager.bench.report.Figure;
import org.shellymanager.bench.report.Verdict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dry run and a real sync of two settings (SNTP server, auto-off of every switch) to the first devices of the
 * shared fleet, through the API. Per-device request limits are the device library's (2 in flight for Gen1, 5 for
 * Gen2+), with {@code sync-concurrency} devices worked on at once; the simulator refuses nothing for overload, so
 * the outcomes show whether every device ended applied.
 */
public final class SyncScenario implements Scenario {

    private static final String SETTINGS = "{\"sntp\":{\"server\":\"pool.ntp.org\"},\"switches\":{\"*\":{\"autoOff\":90}}}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "config sync";
    }

    @Override
    public String target() {
        return "figures reported; per-device limits respected";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        FleetSession session = context.fleet();
        ManagerApi api = session.manager().api();
        List<String> ids = firstIds(api, context.scale().syncDevices());
        String selection = JSON.writeValueAsString(ids);
        ManagerApi.Reply defaults = api.put("/api/v1/config/defaults", SETTINGS);
        if (defaults.status() != 200) {
            return List.of(Figure.failed(name(), target(), new IllegalStateException("defaults refused: " + defaults.body())));
        }
        String scenario = String.format(Locale.ROOT, "config sync of 2 settings to %,d devices", ids.size());
        long start = System.nanoTime();
        ManagerApi.Reply plan = api.post("/api/v1/config/sync", "{\"ids\":" + selection + ",\"dryRun\":true}");
        double dryMs = (System.nanoTime() - start) / 1e6;
        if (plan.status() != 200) {
            return List.of(Figure.failed(scenario, target(), new IllegalStateException("dry run refused: " + plan.body())));
        }
        ManagerApi.Reply started = api.post("/api/v1/config/sync", "{\"ids\":" + selection + "}");
        if (started.status() != 202) {
            return List.of(Figure.failed(scenario, target(), new IllegalStateException("sync refused: " + started.body())));
        }
        Jobs.Ended job = Jobs.await(api, started.body().path("id").asString(), Duration.ofMinutes(30));
        double seconds = job.took().toMillis() / 1000.0;
        return List.of(
                new Figure(scenario, "dry run", String.format(Locale.ROOT, "%.1f s (%,.0f devices/s)", dryMs / 1000,
                        ids.size() / (dryMs / 1000)), target(), "-", Verdict.REPORTED,
                        plan.body().path("devices").size() + " devices planned", Map.of("dryRunMs", dryMs)),
                new Figure(scenario, "real sync (job)", String.format(Locale.ROOT, "%.1f s (%,.1f devices/s)", seconds,
                        ids.size() / seconds), target(), "-", job.state().equals("SUCCEEDED") ? Verdict.REPORTED : Verdict.NOT_MET,
                        job.state() + " " + job.outcomes(), Map.of("syncSeconds", seconds)));
    }

    private static List<String> firstIds(ManagerApi api, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ids.size() < count; page++) {
            JsonNode devices = api.get("/api/v1/devices?size=500&sort=address,asc&page=" + page);
            if (devices.path("items").isEmpty()) {
                break;
            }
            for (JsonNode device : devices.path("items")) {
                if (ids.size() < count) {
                    ids.add(device.path("id").asString());
                }
            }
        }
        return ids;
    }
}

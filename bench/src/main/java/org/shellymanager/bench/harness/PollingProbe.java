package org.shellymanager.bench.harness;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.shellymanager.bench.report.Stats;
import tools.jackson.databind.JsonNode;

/**
 * Watches a polling manager for a while through its API and {@code /proc}: polls started on time and late (the
 * server's own counters), the age of every device's last report (sampled every 10 s), the process's CPU time and its
 * largest resident set.
 */
public final class PollingProbe {

    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);

    private PollingProbe() {
    }

    /**
     * @param polls       polls started in the window (on time and late)
     * @param onTime      the share of them that started on time (0 to 1)
     * @param ageSeconds  status age (now minus last report) over every sample of every counted device
     * @param cpuCores    CPU the manager used, in cores (1.0 = one core busy all the time)
     * @param rssMaxBytes the largest resident set seen
     * @param states      devices per state at the end
     */
    public record Observation(Duration window, long polls, double onTime, Stats ageSeconds, double cpuCores, long rssMaxBytes,
                              JsonNode states) {

        public double pollsPerSecond() {
            return polls / (window.toMillis() / 1000.0);
        }
    }

    /** Watches every device. */
    public static Observation watch(ManagerProcess manager, Duration window) throws IOException {
        return watch(manager, window, id -> true);
    }

    /** Watches for {@code window}; status ages are taken of the devices {@code counted} accepts (by inventory id). */
    public static Observation watch(ManagerProcess manager, Duration window, Predicate<String> counted) throws IOException {
        ManagerApi api = manager.api();
        JsonNode before = api.get("/api/v1/telemetry");
        long cpuBefore = Processes.cpuTicks(manager.pid()).orElse(0);
        long started = System.nanoTime();
        Instant end = Instant.now().plus(window);
        List<Double> ages = new ArrayList<>();
        long rssMax = 0;
        while (Instant.now().isBefore(end)) {
            Processes.sleep(Duration.ofMillis(Math.min(SAMPLE_EVERY.toMillis(), Math.max(1, Duration.between(Instant.now(), end).toMillis()))));
            rssMax = Math.max(rssMax, Processes.rssBytes(manager.pid()).orElse(0));
            ages.addAll(ages(api, counted));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpuAfter = Processes.cpuTicks(manager.pid()).orElse(0);
        JsonNode after = api.get("/api/v1/telemetry");
        long onTime = after.path("pollsOnTime").asLong() - before.path("pollsOnTime").asLong();
        long late = after.path("pollsLate").asLong() - before.path("pollsLate").asLong();
        long polls = onTime + late;
        return new Observation(Duration.ofMillis((long) (seconds * 1000)), polls, polls == 0 ? 0 : onTime / (double) polls,
                Stats.of(ages), (cpuAfter - cpuBefore) / 100.0 / seconds, rssMax, after.path("states"));
    }

    /** Seconds since the last report of every counted device that has reported. */
    private static List<Double> ages(ManagerApi api, Predicate<String> counted) throws IOException {
        List<Double> ages = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode statuses = api.get("/api/v1/telemetry/status?size=500&page=" + page);
            // each page against the time it was answered: at 100,000 devices the pages of one pass take minutes
            long now = System.currentTimeMillis();
            for (JsonNode status : statuses.path("items")) {
                String last = status.path("lastReport").asString("");
                if (!last.isEmpty() && counted.test(status.path("deviceId").asString())) {
                    ages.add((now - Instant.parse(last).toEpochMilli()) / 1000.0);
                }
            }
            if ((page + 1) * 500L >= statuses.path("total").asLong()) {
                return ages;
            }
        }
    }

    /** Inventory ids of the devices at the given addresses ({@code host:port}). */
    public static Set<String> idsAt(ManagerApi api, Set<String> addresses) throws IOException {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode devices = api.get("/api/v1/devices?size=500&page=" + page);
            for (JsonNode device : devices.path("items")) {
                if (addresses.contains(device.path("address").asString())) {
                    ids.add(device.path("id").asString());
                }
            }
            if ((page + 1) * 500L >= devices.path("total").asLong()) {
                return ids;
            }
        }
    }
}

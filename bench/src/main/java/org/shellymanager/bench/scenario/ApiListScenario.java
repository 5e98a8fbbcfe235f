package org.shellymanager.bench.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.shellymanager.bench.harness.FleetSession;
import org.shellymanager.bench.harness.ManagerApi;
import org.shellymanager.bench.report.Figure;
import org.shellymanager.bench.report.Stats;

/**
 * The device list API under load while the fleet is polled: pages of 50 at random, sent open-loop at a fixed 200
 * requests per second (each request starts on its own schedule, so a slow answer does not slow the load), with an
 * admin API token. Latency is from sending to the last byte. The measured window follows {@value #WARM_UP_SECONDS} s
 * of the same load, which warm the server's request path (its JIT, pools and caches) as minutes of use would; the
 * warm-up's own figures are reported in the note, its errors count. With the system property
 * {@code bench.api.trace} set to a file name, every answered request is written there as
 * {@code sent (epoch ms),latency (ms),status,measured}, to line the slow ones up with the manager's GC log or a JFR
 * recording.
 */
public final class ApiListScenario implements Scenario {

    private static final int PER_SECOND = 200;
    static final int WARM_UP_SECONDS = 30;

    @Override
    public String name() {
        return "API device list (50 per page) at 200 req/s while polling";
    }

    @Override
    public String target() {
        return "p99 < 25 ms, no errors";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        FleetSession session = context.fleet();
        ManagerApi api = session.manager().api();
        String authorization = api.authorization();
        int pages = Math.max(1, context.scale().fleet() / 50);
        long count = context.scale().apiWindow().toSeconds() * PER_SECOND;
        long warmUp = WARM_UP_SECONDS * PER_SECOND;
        Queue<Double> latencies = new ConcurrentLinkedQueue<>();
        Queue<Double> warmUpLatencies = new ConcurrentLinkedQueue<>();
        Queue<String> trace = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        Map<String, Long> errorKinds = new ConcurrentHashMap<>();
        AtomicLong behind = new AtomicLong();
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime() + 100_000_000;
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < warmUp + count; i++) {
                boolean measured = i >= warmUp;
                long due = start + i * 1_000_000_000L / PER_SECOND;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                } else if (wait < -5_000_000) {
                    behind.incrementAndGet();
                }
                URI page = URI.create(api.base() + "/api/v1/devices?size=50&page=" + ThreadLocalRandom.current().nextInt(pages));
                senders.submit(() -> {
                    long sent = System.nanoTime();
                    long sentAt = System.currentTimeMillis();
                    try {
                        HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(page).header("Authorization", authorization)
                                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        double took = (System.nanoTime() - sent) / 1e6;
                        (measured ? latencies : warmUpLatencies).add(took);
                        trace.add(sentAt + "," + took + "," + reply.statusCode() + "," + measured);
                        if (reply.statusCode() != 200) {
                            errors.incrementAndGet();
                            errorKinds.merge("HTTP " + reply.statusCode(), 1L, Long::sum);
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                        errorKinds.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                    }
                });
            }
        }
        http.close();
        String traceFile = System.getProperty("bench.api.trace");
        if (traceFile != null) {
            Files.write(Path.of(traceFile), trace);
        }
        Stats stats = Stats.of(latencies);
        Stats warm = Stats.of(warmUpLatencies);
        String scenario = name() + String.format(Locale.ROOT, ", %,d devices, %d s", context.scale().fleet(),
                context.scale().apiWindow().toSeconds());
        String warmUpNote = String.format(Locale.ROOT, "after %d s of warm-up at the same rate (its p99 %.1f ms, max %.0f ms)",
                WARM_UP_SECONDS, warm.p99(), warm.max());
        return List.of(Figure.checked(scenario, "latency", String.format(Locale.ROOT,
                        "median %.1f ms, p99 %.1f ms, max %.0f ms; %,d errors of %,d", stats.median(), stats.p99(), stats.max(),
                        errors.get(), warmUp + count), "p99 < 25 ms, no errors", stats.p99() < 25 && errors.get() == 0,
                Map.of("median", stats.median(), "p99", stats.p99(), "errors", (double) errors.get(), "requests",
                        (double) (warmUp + count), "warm-up p99", warm.p99()))
                .withNote(warmUpNote + (errorKinds.isEmpty() ? "" : "; errors " + errorKinds) + (behind.get() == 0 ? ""
                        : String.format(Locale.ROOT, "; the load generator itself started %,d requests over 5 ms late", behind.get()))));
    }
}

package org.shellymanager.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.shellymanager.simulator.SimulatedDevice;

/**
 * The polling limit of this machine: how many status replies per second the same HTTP client the device library
 * uses (JDK {@code HttpClient}, HTTP/1.1, the library's connect timeout) merely fetches from the same simulated
 * devices, the bodies read and dropped, with as many requests in flight as the poller allows. Nothing is parsed or
 * stored, so polling can at best reach this rate.
 */
public final class FetchLimit {

    private FetchLimit() {
    }

    public record Rate(long replies, long errors, Duration took) {

        public double perSecond() {
            return replies / (took.toMillis() / 1000.0);
        }
    }

    public static Rate measure(List<SimulatedDevice> devices, int inFlight, Duration window) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
        List<URI> targets = devices.stream().map(d -> URI.create("http://" + d.address()
                + (d.generation() == 1 ? "/status" : "/rpc/Shelly.GetStatus"))).toList();
        AtomicLong replies = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + window.toNanos();
        long started = System.nanoTime();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < inFlight; w++) {
                workers.submit(() -> {
                    while (System.nanoTime() < end) {
                        URI target = targets.get(Math.floorMod(next.getAndIncrement(), targets.size()));
                        try {
                            HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5))
                                    .GET().build(), HttpResponse.BodyHandlers.discarding());
                            (reply.statusCode() == 200 ? replies : errors).incrementAndGet();
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        http.close();
        return new Rate(replies.get(), errors.get(), Duration.ofNanos(System.nanoTime() - started));
    }
}

package org.shellymanager.manager.discovery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.shellymanager.device.ClientOptions;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.ShellyDevices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Probes addresses for Shelly devices, many at once: each address gets a virtual thread, at most
 * {@code concurrency} of them talk to the network at a time, and an address that is slow or hostile holds only its
 * own slot until the client's timeouts end it. Use a {@link ShellyDevices} made with {@link #clientOptions()} so that
 * refused connections fail at once and silent addresses give up quickly.
 */
public final class AddressScanner {

    private static final Logger log = LoggerFactory.getLogger(AddressScanner.class);
    private static final long CANCEL_CHECK_MILLIS = 100;

    private final ShellyDevices devices;
    private final int concurrency;

    public AddressScanner(ShellyDevices devices, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.devices = Objects.requireNonNull(devices);
        this.concurrency = concurrency;
    }

    /** Client options for scanning: connect within 1 s, answer within 3 s, no retries, small replies only. */
    public static ClientOptions clientOptions() {
        return ClientOptions.defaults()
                .withConnectTimeout(Duration.ofSeconds(1))
                .withRequestTimeout(Duration.ofSeconds(3))
                .withRetries(0)
                .withMaxReplyBytes(256 * 1024);
    }

    /**
     * Probes every address and reports one result per probed address to {@code onResult}, one call at a time, in
     * the order the probes finish. Returns when every started probe has been reported. Once {@code cancelled}
     * answers true, or the calling thread is interrupted, no further probe starts; probes already under way finish
     * and are reported.
     *
     * @param credentialsOrNull tried on devices that require a login; null to only find them
     * @throws RuntimeException the first exception thrown by {@code onResult}, after the running probes finish
     */
    public void scan(List<DeviceAddress> addresses, Credentials credentialsOrNull, Consumer<ScanResult> onResult,
                     BooleanSupplier cancelled) {
        var interrupted = new AtomicBoolean();
        var done = new CompletableFuture<Void>();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        Thread.ofVirtual().name("address-scan").start(() -> {
            MDC.setContextMap(logContext == null ? Map.of() : logContext);
            try {
                probeAll(addresses, credentialsOrNull, onResult, () -> interrupted.get() || cancelled.getAsBoolean(),
                        logContext == null ? Map.of() : logContext);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        // Waiting on a CompletableFuture is managed blocking: called from a ForkJoinPool worker, it lets the pool add a
        // thread, so the JDK HTTP client, which completes some of its work in the common pool, is not starved.
        try {
            done.get();
        } catch (InterruptedException e) {
            interrupted.set(true);
            Thread.currentThread().interrupt();
            try {
                done.join();
            } catch (CompletionException failure) {
                throw unwrap(failure.getCause());
            }
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    /** Probes on virtual threads that carry the caller's logging context (the job id) and the address probed. */
    private void probeAll(List<DeviceAddress> addresses, Credentials credentialsOrNull, Consumer<ScanResult> onResult,
                          BooleanSupplier cancelled, Map<String, String> logContext) {
        var prober = new AddressScannerProbe(devices, credentialsOrNull);
        var slots = new Semaphore(concurrency);
        var callbackFailure = new AtomicReference<RuntimeException>();
        BooleanSupplier stop = () -> cancelled.getAsBoolean() || callbackFailure.get() != null;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (DeviceAddress address : addresses) {
                if (!acquire(slots, stop)) {
                    log.debug("Scan stopped before probing {}", address);
                    break;
                }
                executor.execute(() -> {
                    MDC.setContextMap(logContext);
                    MDC.put("address", address.toString());
                    try {
                        report(onResult, prober.probe(address), callbackFailure);
                    } finally {
                        MDC.clear();
                        slots.release();
                    }
                });
            }
        }
        if (callbackFailure.get() != null) {
            throw callbackFailure.get();
        }
    }

    private static boolean acquire(Semaphore slots, BooleanSupplier stop) {
        try {
            while (!stop.getAsBoolean()) {
                if (slots.tryAcquire(CANCEL_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void report(Consumer<ScanResult> onResult, ScanResult result, AtomicReference<RuntimeException> failure) {
        synchronized (failure) {
            if (failure.get() != null) {
                return;
            }
            try {
                onResult.accept(result);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }
    }
}

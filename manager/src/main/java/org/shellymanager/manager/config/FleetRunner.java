package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs one piece of work per device with at most {@code concurrency} at once, on virtual threads, so that a
 * slow or silent device holds up only its own slot. Results come back in the order of the input.
 */
final class FleetRunner {

    private FleetRunner() {
    }

    static <T, R> List<R> run(List<T> items, int concurrency, Function<T, R> work, BooleanSupplier cancelled) {
        Semaphore slots = new Semaphore(concurrency);
        List<Future<R>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (T item : items) {
                futures.add(executor.submit(() -> {
                    slots.acquire();
                    try {
                        if (cancelled.getAsBoolean()) {
                            return null;
                        }
                        return work.apply(item);
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                R result = future.get();
                if (result != null) {
                    results.add(result);
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working on the fleet", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("work on one device failed unexpectedly", e.getCause());
        }
    }
}

package org.shellymanager.device.transport;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceTimeoutException;

/** Caps the number of requests in flight per device; small devices fail when too many arrive at once. */
final class DeviceLimiter {

    /** Identification runs before the generation is known, so slots are kept per address and limit. */
    private record Key(DeviceAddress address, int limit) {
    }

    private final Map<Key, Semaphore> permits = new ConcurrentHashMap<>();

    /** A held request slot; closing frees it. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for a free slot, at most {@code maxWait}. */
    Slot acquire(DeviceAddress address, int limit, Duration maxWait) {
        Semaphore semaphore = permits.computeIfAbsent(new Key(address, limit), k -> new Semaphore(limit, true));
        try {
            if (!semaphore.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new DeviceTimeoutException(address, "no free request slot within " + maxWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException(address, "interrupted while waiting for a request slot", e);
        }
        return semaphore::release;
    }
}

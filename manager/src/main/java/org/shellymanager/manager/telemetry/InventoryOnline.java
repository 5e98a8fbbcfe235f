package org.shellymanager.manager.telemetry;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.shellymanager.manager.inventory.InventoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Keeps the inventory's {@code online} flag (the device list's filter) in step with telemetry: {@code OFFLINE} is
 * offline; {@code ONLINE} and {@code ASLEEP} are not (a sleeping battery device is expected to be silent and its last
 * report stands). It lives here, not in inventory, because inventory must not depend on telemetry.
 *
 * <p>Polls never write the flag themselves: a change is noted and one thread of its own writes the changes noted
 * so far in one transaction, at once when the database is free and together while it waits for SQLite's write lock.
 * A poll (a virtual thread) that waited for that lock inside the SQLite driver would hold its carrier thread, and
 * with as many carriers as cores a few such waits stall every request the server is answering. When the database
 * is away the changes are logged and not retried: the flag catches up at the device's next state change.
 */
@Component
class InventoryOnline {

    private static final Logger log = LoggerFactory.getLogger(InventoryOnline.class);

    private final InventoryService inventory;
    private final Map<String, Boolean> noted = new ConcurrentHashMap<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("inventory-online")
            .daemon().factory());

    InventoryOnline(InventoryService inventory) {
        this.inventory = inventory;
    }

    @EventListener
    void on(DeviceStateChanged change) {
        noted.put(change.deviceId(), change.to() != DeviceState.OFFLINE);
        if (queued.compareAndSet(false, true)) {
            try {
                writer.execute(this::write);
            } catch (RejectedExecutionException stopping) {
                // shutting down: stop() writes what is noted
            }
        }
    }

    private void write() {
        queued.set(false);
        Map<String, Boolean> changes = new HashMap<>(noted);
        changes.forEach(noted::remove);
        if (changes.isEmpty()) {
            return;
        }
        try {
            inventory.recordOnline(changes);
        } catch (DataAccessException | TransactionException e) {
            log.warn("{} devices changed between online and offline but the inventory could not be told (database "
                    + "unavailable): {}", changes.size(), e.getMessage());
        }
    }

    /** Writes what is noted before the database goes away. */
    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        if (writer.awaitTermination(10, TimeUnit.SECONDS)) {
            write();
        }
    }
}

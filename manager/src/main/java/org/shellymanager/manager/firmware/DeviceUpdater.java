package org.shellymanager.manager.firmware;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.FirmwareUpdateInfo;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.UpdateTarget;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Updates one device of a rollout: reads what it runs and is offered, tells it to update (from its own update
 * server or from the LAN cache), then waits for it to come back on the target version.
 */
@Component
class DeviceUpdater {

    private static final Logger log = LoggerFactory.getLogger(DeviceUpdater.class);

    private final DeviceAccess access;
    private final InventoryService inventory;
    private final FirmwareTracking tracking;
    private final DownloadUrls urls;
    private final JdbcRolloutStore store;
    private final FirmwareProperties properties;
    private final Clock clock;

    DeviceUpdater(DeviceAccess access, InventoryService inventory, FirmwareTracking tracking, DownloadUrls urls,
                  JdbcRolloutStore store, FirmwareProperties properties, Clock clock) {
        this.access = access;
        this.inventory = inventory;
        this.tracking = tracking;
        this.urls = urls;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Takes the device as far as it goes: a final outcome, {@code WAITING_WAKE}, or, when {@code stop} turns true
     * while it updates, {@code UPDATING} left for a later run to verify.
     */
    RolloutDevice update(Rollout rollout, RolloutDevice entry, FirmwareFile file, BooleanSupplier stop) {
        Optional<Device> found = inventory.find(entry.deviceId());
        if (found.isEmpty()) {
            return done(entry, DeviceOutcome.SKIPPED, "no longer in the inventory", null);
        }
        Device device = found.get();
        if (entry.outcome() == DeviceOutcome.UPDATING) {
            return verify(rollout, entry, device, stop);
        }
        ShellyClient client;
        try {
            client = access.connect(device);
        } catch (DeviceUnauthorizedException e) {
            return done(entry, DeviceOutcome.FAILED, "the device refused the stored login; set its credentials", null);
        } catch (DeviceException e) {
            return unreachable(entry, device, e);
        }
        String target;
        try (client) {
            String current = client.identity().firmwareVersion();
            UpdateTarget how;
            if (file != null) {
                if (!file.model().equalsIgnoreCase(device.model())) {
                    return done(entry, DeviceOutcome.SKIPPED, "the cached file is for " + file.model() + ", this is a "
                            + device.model(), current);
                }
                target = file.version();
                how = UpdateTarget.url(urls.forDevice(file, device.address()));
            } else {
                FirmwareUpdateInfo offer = client.checkForUpdate();
                String offered = "beta".equals(rollout.channel()) ? offer.betaVersion() : offer.stableVersion();
                target = offered == null ? current : FirmwareVersions.version(offered);
                how = "beta".equals(rollout.channel()) ? UpdateTarget.beta() : UpdateTarget.stable();
            }
            if (FirmwareVersions.compare(target, current) <= 0) {
                return done(entry, DeviceOutcome.ALREADY_CURRENT, "runs " + current + "; nothing newer on " + rollout.target(),
                        current);
            }
            entry = entry.with(DeviceOutcome.UPDATING, "updating from " + current + " to " + target, current, target, null, null);
            store.save(entry);
            log.info("rollout {}: device {} updating from {} to {}", rollout.id(), device.id(), current, target);
            if (client.startUpdate(how) instanceof RpcResult.DeviceError<Void>(int code, String message)) {
                return done(entry, DeviceOutcome.FAILED, "the device refused the update: " + code + " " + message, current);
            }
        } catch (DeviceException e) {
            return done(entry, DeviceOutcome.FAILED, "lost contact while starting the update: " + e.getMessage(),
                    entry.fromVersion());
        }
        return verify(rollout, entry, device, stop);
    }

    private RolloutDevice verify(Rollout rollout, RolloutDevice entry, Device device, BooleanSupplier stop) {
        long deadline = System.nanoTime() + rollout.verifyTimeout().toNanos();
        String last = "not seen since";
        while (!stop.getAsBoolean()) {
            sleep(properties.verifyPoll());
            try {
                DeviceIdentity now = access.identify(device);
                if (FirmwareVersions.same(now.firmwareVersion(), entry.toVersion())) {
                    access.seen(device, now);
                    tracking.check(inventory.get(device.id()));
                    return done(entry, DeviceOutcome.UPDATED, "updated from " + entry.fromVersion() + " to "
                            + now.firmwareVersion(), entry.fromVersion());
                }
                last = "last seen on " + now.firmwareVersion();
            } catch (DeviceException e) {
                last = "offline since";
            }
            if (System.nanoTime() > deadline) {
                return done(entry, DeviceOutcome.FAILED, "did not come back on " + entry.toVersion() + " within "
                        + rollout.verifyTimeout().toSeconds() + " s (" + last + ")", entry.fromVersion());
            }
        }
        return entry;
    }

    private RolloutDevice unreachable(RolloutDevice entry, Device device, DeviceException e) {
        Instant now = clock.instant();
        if (!device.capabilities().contains("battery")) {
            return done(entry, DeviceOutcome.SKIPPED_OFFLINE, "not reachable when its turn came: " + e.getMessage(), null);
        }
        Instant since = entry.waitingSince() != null ? entry.waitingSince() : now;
        if (Duration.between(since, now).compareTo(properties.wakeWait()) >= 0) {
            return done(entry, DeviceOutcome.SKIPPED_OFFLINE, "a battery device that did not wake within "
                    + properties.wakeWait().toMinutes() + " min", null);
        }
        return entry.with(DeviceOutcome.WAITING_WAKE, "asleep; tried again when it wakes", null, null, since, null);
    }

    private RolloutDevice done(RolloutDevice entry, DeviceOutcome outcome, String message, String from) {
        return entry.with(outcome, message, from, entry.toVersion(), entry.waitingSince(), clock.instant());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a device", e);
        }
    }
}

package org.shellymanager.manager.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device inventory. The MAC is a device's identity: seen at a new address, a device is updated, not
 * duplicated; another MAC answering at a known device's address is a new device, and the old one is marked moved.
 */
@Service
public class InventoryService {

    private static final Logger log = LoggerFactory.getLogger(InventoryService.class);
    /** Devices per statement when many change their online flag at once. */
    private static final int ONLINE_BATCH = 500;

    private final JdbcDeviceStore store;
    private final JdbcFleetSummary summary;
    private final ModelCatalog catalog;
    private final CredentialVault vault;
    private final Clock clock;

    InventoryService(JdbcDeviceStore store, JdbcFleetSummary summary, ModelCatalog catalog, CredentialVault vault, Clock clock) {
        this.store = store;
        this.summary = summary;
        this.catalog = catalog;
        this.vault = vault;
        this.clock = clock;
    }

    /** Records a device that answered at an address, in one transaction. */
    @Transactional
    public SightingOutcome record(Sighting sighting) {
        DeviceIdentity identity = sighting.identity();
        Instant now = clock.instant();
        List<Device> displaced = store.findActiveAt(sighting.address()).stream()
                .filter(other -> !other.mac().equals(identity.mac())).toList();
        for (Device other : displaced) {
            store.markMoved(other.id());
            log.info("device {} ({}) no longer answers at {}: {} does; marked MOVED", other.id(), other.mac(),
                    sighting.address(), identity.mac());
        }
        Optional<Device> known = store.findByMac(identity.mac());
        boolean hasLogin = sighting.verified() != null || known.map(Device::hasCredentials).orElse(false);
        boolean needsCredentials = identity.authRequired() && !sighting.loginOk() && !hasLogin;
        Device device;
        SightingOutcome.Change change;
        if (known.isPresent()) {
            Device old = known.get();
            device = new Device(old.id(), old.mac(), identity.deviceId(), identity.model(), identity.generation(),
                    identity.firmwareVersion(), sighting.address(), identity.name() != null ? identity.name() : old.name(),
                    old.room(), old.tags(), old.notes(), InventoryStatus.ACTIVE, true, identity.authRequired(),
                    needsCredentials, old.hasCredentials(), old.capabilities(), old.firstSeen(), now);
            store.updateSighting(device);
            change = old.address().equals(sighting.address()) ? SightingOutcome.Change.UPDATED
                    : SightingOutcome.Change.ADDRESS_CHANGED;
        } else {
            device = new Device(UUID.randomUUID().toString(), identity.mac(), identity.deviceId(), identity.model(),
                    identity.generation(), identity.firmwareVersion(), sighting.address(), identity.name(), null, Set.of(),
                    null, InventoryStatus.ACTIVE, true, identity.authRequired(), needsCredentials, false, List.of(), now, now);
            store.insert(device);
            change = SightingOutcome.Change.ADDED;
        }
        if (sighting.verified() != null) {
            store.updateCredentials(device.id(), vault.seal(sighting.verified()), false);
        }
        if (change != SightingOutcome.Change.UPDATED) {
            log.info("device {} ({} {}) {} at {}", device.id(), identity.mac(), identity.model(), change, sighting.address());
        }
        return new SightingOutcome(get(device.id()), change, displaced.stream().map(d -> get(d.id())).toList());
    }

    /** Marks the devices last seen at an address offline; returns their ids. */
    public List<String> recordSilence(DeviceAddress address) {
        return store.markOffline(address);
    }

    /**
     * Sets whether devices answer, as telemetry's polling and push see it, in one transaction; unknown ids change
     * nothing.
     */
    @Transactional
    public void recordOnline(Map<String, Boolean> online) {
        for (boolean value : new boolean[] {true, false}) {
            List<String> ids = online.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).toList();
            for (int from = 0; from < ids.size(); from += ONLINE_BATCH) {
                store.updateOnline(ids.subList(from, Math.min(from + ONLINE_BATCH, ids.size())), value);
            }
        }
    }

    public void recordCapabilities(String id, List<String> capabilities) {
        store.updateCapabilities(id, capabilities);
    }

    /** @throws ManagerException {@code device.not-found} */
    public Device get(String id) {
        return find(id).orElseThrow(() -> new ManagerException(ErrorCode.DEVICE_NOT_FOUND,
                "No device with id " + id + " in the inventory."));
    }

    public Optional<Device> find(String id) {
        return store.findById(id);
    }

    public Optional<Device> findByMac(String mac) {
        return store.findByMac(mac);
    }

    public Page<Device> list(DeviceQuery query) {
        List<String> named = query.text() == null || query.text().isBlank() ? List.of() : catalog.modelsNamed(query.text().strip());
        return store.query(query, named);
    }

    /** Every device in MAC order, read at once: for work on the whole fleet, such as exports. */
    public List<Device> all() {
        return store.all();
    }

    /**
     * Hands every device to {@code action} in MAC order as it is read, holding one at a time: for a frequent pass
     * over the whole fleet that keeps little of it, where a list of all would outlive a young collection.
     */
    public void each(Consumer<Device> action) {
        store.each(action);
    }

    /** The device's 1-based position in the inventory ordered by MAC, as {@link #all()} lists it. */
    public int positionByMac(Device device) {
        return store.countBeforeMac(device.mac()) + 1;
    }

    /** Devices in all, online and needing credentials, counted in one query. */
    public FleetCounts counts() {
        return summary.counts();
    }

    /** Every device's address, room and state in address order; with a room, only the devices in it. */
    public List<DevicePlacement> placements(String room) {
        return summary.placements(room);
    }

    /** The device's own login, opened for use with the device; never for display. */
    public Optional<Credentials> credentials(String id) {
        return store.credentials(id).map(vault::open);
    }

    /** Applies the fields present in the patch, in one transaction. */
    @Transactional
    public Device update(String id, DevicePatch patch) {
        Device device = get(id);
        store.updateUserFields(id,
                patch.has(DevicePatch.Field.NAME) ? patch.name() : device.name(),
                patch.has(DevicePatch.Field.ROOM) ? patch.room() : device.room(),
                patch.has(DevicePatch.Field.NOTES) ? patch.notes() : device.notes());
        if (patch.has(DevicePatch.Field.TAGS)) {
            store.replaceTags(id, patch.tags());
        }
        if (patch.has(DevicePatch.Field.CREDENTIALS)) {
            Credentials credentials = patch.credentials();
            store.updateCredentials(id, credentials == null ? null : vault.seal(credentials),
                    credentials == null && device.authRequired());
            log.info("device {} credentials {}", id, credentials == null ? "cleared" : "set");
        }
        return get(id);
    }

    /** Removes a device and everything stored about it. */
    public void forget(String id) {
        if (!store.delete(id)) {
            throw new ManagerException(ErrorCode.DEVICE_NOT_FOUND, "No device with id " + id + " in the inventory.");
        }
        log.info("device {} forgotten", id);
    }

    public String productName(Device device) {
        return catalog.productName(device.model());
    }
}

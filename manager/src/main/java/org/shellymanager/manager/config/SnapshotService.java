package org.shellymanager.manager.config;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Versioned configuration snapshots. A read that finds the configuration unchanged keeps the latest snapshot;
 * a changed one becomes a new version with its cause.
 */
@Service
public class SnapshotService {

    private static final Logger log = LoggerFactory.getLogger(SnapshotService.class);

    private final JdbcSnapshotStore store;
    private final InventoryService inventory;
    private final DeviceSessions sessions;
    private final Clock clock;

    SnapshotService(JdbcSnapshotStore store, InventoryService inventory, DeviceSessions sessions, Clock clock) {
        this.store = store;
        this.inventory = inventory;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Reads the device's configuration now and records it.
     *
     * @throws ManagerException {@code device.not-found}, {@code device.unreachable} or {@code device.unauthorized}
     */
    public Snapshot pull(String deviceId) {
        Device device = inventory.get(deviceId);
        try (ShellyClient client = sessions.open(device)) {
            return record(device, ConfigReader.read(client), SnapshotCause.DEVICE_CHANGE, null);
        } catch (DeviceUnauthorizedException e) {
            throw new ManagerException(ErrorCode.DEVICE_UNAUTHORIZED, "Device " + deviceId
                    + " refused the stored login; set its credentials (PATCH /api/v1/devices/" + deviceId + ").");
        } catch (DeviceException e) {
            throw new ManagerException(ErrorCode.DEVICE_UNREACHABLE, "Device " + deviceId + " at " + device.address()
                    + " did not answer: " + e.getMessage());
        }
    }

    /** Records sections read from a device: a new version when they changed, else the latest as it is. */
    Snapshot record(Device device, Map<String, JsonNode> sections, SnapshotCause causeIfChanged, String jobId) {
        String fingerprint = Fingerprints.of(Snapshot.fieldsOf(device.generation(), sections));
        Optional<Snapshot> latest = store.latest(device.id());
        if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint)) {
            return latest.get();
        }
        Snapshot snapshot = new Snapshot(UUID.randomUUID().toString(), device.id(), store.nextVersion(device.id()),
                clock.instant(), latest.isEmpty() ? SnapshotCause.INITIAL : causeIfChanged, jobId, fingerprint,
                device.model(), device.generation(), sections);
        store.insert(snapshot);
        log.info("device {} configuration version {} ({})", device.id(), snapshot.version(), snapshot.cause());
        return snapshot;
    }

    /** @throws ManagerException {@code config.snapshot-not-found} */
    public Snapshot get(String snapshotId) {
        return store.find(snapshotId).orElseThrow(() -> new ManagerException(ErrorCode.CONFIG_SNAPSHOT_NOT_FOUND,
                "No configuration snapshot with id " + snapshotId + "."));
    }

    public Optional<Snapshot> latest(String deviceId) {
        return store.latest(deviceId);
    }

    public Optional<Snapshot> version(String deviceId, int version) {
        return store.version(deviceId, version);
    }

    public Page<Snapshot> history(String deviceId, int page, int size) {
        inventory.get(deviceId);
        return store.history(deviceId, page, size);
    }

    /** Field changes from one snapshot to another of the same device. */
    public List<FieldChange> diff(String fromId, String toId) {
        Snapshot from = get(fromId);
        Snapshot to = get(toId);
        if (!from.deviceId().equals(to.deviceId())) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "Snapshots " + fromId + " and " + toId
                    + " are of different devices; compare versions of one device.");
        }
        return ConfigDiff.between(from.fields(), to.fields());
    }
}

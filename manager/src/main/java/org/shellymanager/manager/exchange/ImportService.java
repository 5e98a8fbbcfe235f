package org.shellymanager.manager.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.shellymanager.manager.config.DesiredOverrides;
import org.shellymanager.manager.config.DesiredOverridesService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports devices from the files the full exporters write: reads and validates the whole file, plans each device
 * by MAC against the inventory under the conflict policy, and applies the plan in one transaction, or in a dry run
 * only reports it. A device's desired configuration (its own layer, from the TOML files) follows the same policy.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** What to do with a device the inventory already has. */
    public enum Policy {
        /** Leave it as it is. */
        SKIP,
        /** Replace every field the file gives. */
        OVERWRITE,
        /** Fill only the fields it has no value for; tags are joined. */
        MERGE
    }

    private final SnapshotReader snapshots;
    private final JdbcImportStore store;
    private final DesiredOverridesService desiredConfig;
    private final Clock clock;

    ImportService(SnapshotReader snapshots, JdbcImportStore store, DesiredOverridesService desiredConfig, Clock clock) {
        this.snapshots = snapshots;
        this.store = store;
        this.desiredConfig = desiredConfig;
        this.clock = clock;
    }

    @Transactional
    public ImportPlan run(byte[] content, Policy policy, boolean dryRun, String who) {
        ImportReader.Result file = ImportReader.read(content);
        Map<String, SnapshotDevice> inventory = new HashMap<>();
        FleetSnapshot snapshot = snapshots.read(Set.of(FleetSnapshot.Part.DEVICES, FleetSnapshot.Part.DESIRED));
        snapshot.devices().forEach(device -> inventory.put(device.mac(), device));
        List<String> errors = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<ImportPlan.Change> changes = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        Instant now = clock.instant();
        for (ImportedDevice device : file.devices()) {
            String earlier = seen.putIfAbsent(device.mac(), device.where());
            if (earlier != null) {
                errors.add(device.where() + ": MAC " + device.mac() + " already appears at " + earlier);
                continue;
            }
            Optional<SnapshotDevice> existing = Optional.ofNullable(inventory.get(device.mac()));
            if (existing.isPresent() && policy == Policy.SKIP) {
                changes.add(new ImportPlan.Change(device.where(), device.mac(), ImportPlan.Action.SKIP, List.of()));
                continue;
            }
            if (existing.isEmpty()) {
                List<String> missing = ImportedDevice.IDENTITY.stream().filter(f -> !device.present().contains(f)
                        || DeviceMerge.value(device, f) == null).toList();
                if (!missing.isEmpty()) {
                    errors.add(device.where() + ": " + device.mac() + " is not in the inventory, and adding it needs " + missing);
                    continue;
                }
                if (device.id() != null && store.idTaken(device.id())) {
                    errors.add(device.where() + ", field id: " + device.id() + " is already another device's id");
                    continue;
                }
            }
            if (device.desired() != null) {
                List<String> problems = desiredConfig.problems(device.desired());
                if (!problems.isEmpty()) {
                    problems.forEach(problem -> errors.add(device.where() + ", desired." + problem));
                    continue;
                }
            }
            SnapshotDevice result = existing.map(old -> DeviceMerge.merge(old, device, policy))
                    .orElseGet(() -> DeviceMerge.create(device, device.id() == null ? UUID.randomUUID().toString() : device.id(), now));
            Optional<DesiredOverrides> oldDesired = existing.flatMap(snapshot::desired);
            Optional<DesiredOverrides> newDesired = DesiredMerge.merge(oldDesired, device.desired(), policy)
                    .map(desiredConfig::normalised).filter(d -> !d.isEmpty() || oldDesired.isPresent());
            List<String> fields = new ArrayList<>(existing.map(old -> DeviceMerge.changed(old, result)).orElse(List.of("all")));
            boolean desiredChanged = !newDesired.equals(oldDesired);
            if (desiredChanged && existing.isPresent()) {
                fields.add("desired");
            }
            ImportPlan.Action action = existing.isEmpty() ? ImportPlan.Action.CREATE
                    : fields.isEmpty() ? ImportPlan.Action.UNCHANGED : ImportPlan.Action.UPDATE;
            changes.add(new ImportPlan.Change(device.where(), device.mac(), action, fields));
            if (action != ImportPlan.Action.UNCHANGED) {
                writes.add(() -> {
                    store.upsert(result, existing.isPresent());
                    if (desiredChanged) {
                        desiredConfig.put(result.id(), newDesired.orElseThrow());
                    }
                });
            }
        }
        if (!errors.isEmpty()) {
            throw ImportReader.invalid(errors);
        }
        if (!dryRun) {
            writes.forEach(Runnable::run);
        }
        ImportPlan plan = ImportPlan.of(file.format().name(), policy.name(), !dryRun, changes);
        log.info("import ({}, {}) by {}{}: {} created, {} updated, {} unchanged, {} skipped", plan.format(), policy, who,
                dryRun ? " (dry run)" : "", plan.created(), plan.updated(), plan.unchanged(), plan.skipped());
        return plan;
    }

    /** Building and comparing devices from imported fields. */
    static final class DeviceMerge {

        private DeviceMerge() {
        }

        static Object value(ImportedDevice d, String field) {
            return switch (field) {
                case "deviceId" -> d.deviceId();
                case "model" -> d.model();
                case "generation" -> d.generation();
                case "firmware" -> d.firmware();
                case "host" -> d.host();
                case "port" -> d.port();
                default -> throw new IllegalArgumentException(field);
            };
        }

        static SnapshotDevice create(ImportedDevice d, String id, Instant now) {
            return new SnapshotDevice(id, d.mac(), d.deviceId(), d.model(), d.model(), d.generation(), d.firmware(), d.host(),
                    d.port(), d.name(), d.room(), or(d.tags(), List.of()), d.notes(), or(d.status(), "ACTIVE"),
                    or(d.online(), false), or(d.authRequired(), false), or(d.needsCredentials(), false),
                    or(d.capabilities(), List.of()), or(d.firstSeen(), now), or(d.lastSeen(), now));
        }

        static SnapshotDevice merge(SnapshotDevice old, ImportedDevice d, Policy policy) {
            boolean overwrite = policy == Policy.OVERWRITE;
            List<String> tags = d.present().contains("tags")
                    ? overwrite ? or(d.tags(), List.of()) : List.copyOf(union(old.tags(), or(d.tags(), List.of())))
                    : old.tags();
            return new SnapshotDevice(old.id(), old.mac(), pick(old.deviceId(), d, "deviceId", d.deviceId(), overwrite),
                    pick(old.model(), d, "model", d.model(), overwrite), old.productName(),
                    pick(old.generation(), d, "generation", d.generation(), overwrite),
                    pick(old.firmware(), d, "firmware", d.firmware(), overwrite), pick(old.host(), d, "host", d.host(), overwrite),
                    pick(old.port(), d, "port", d.port(), overwrite), pickNullable(old.name(), d, "name", d.name(), overwrite),
                    pickNullable(old.room(), d, "room", d.room(), overwrite), tags,
                    pickNullable(old.notes(), d, "notes", d.notes(), overwrite), pick(old.status(), d, "status", d.status(), overwrite),
                    pick(old.online(), d, "online", d.online(), overwrite),
                    pick(old.authRequired(), d, "authRequired", d.authRequired(), overwrite),
                    pick(old.needsCredentials(), d, "needsCredentials", d.needsCredentials(), overwrite),
                    d.present().contains("capabilities") && overwrite ? or(d.capabilities(), List.of()) : old.capabilities(),
                    pick(old.firstSeen(), d, "firstSeen", d.firstSeen(), overwrite),
                    pick(old.lastSeen(), d, "lastSeen", d.lastSeen(), overwrite));
        }

        /** A required field: an overwrite takes the file's value when it has one; a merge keeps the inventory's. */
        private static <T> T pick(T old, ImportedDevice d, String field, T given, boolean overwrite) {
            return overwrite && d.present().contains(field) && given != null ? given : old;
        }

        /** An optional field: an overwrite may clear it; a merge fills it only when empty. */
        private static <T> T pickNullable(T old, ImportedDevice d, String field, T given, boolean overwrite) {
            if (!d.present().contains(field)) {
                return old;
            }
            return overwrite || old == null ? given : old;
        }

        static List<String> changed(SnapshotDevice old, SnapshotDevice now) {
            Map<String, Object> before = DeviceFields.of(old);
            Map<String, Object> after = DeviceFields.of(now);
            return DeviceFields.NAMES.stream().filter(name -> !Objects.equals(before.get(name), after.get(name))).toList();
        }

        private static TreeSet<String> union(List<String> a, List<String> b) {
            TreeSet<String> all = new TreeSet<>(a);
            all.addAll(b);
            return all;
        }

        private static <T> T or(T value, T fallback) {
            return value == null ? fallback : value;
        }
    }

    static ManagerException unknownPolicy(String policy) {
        return new ManagerException(ErrorCode.REQUEST_INVALID, "policy must be skip, overwrite or merge, was '" + policy + "'");
    }
}

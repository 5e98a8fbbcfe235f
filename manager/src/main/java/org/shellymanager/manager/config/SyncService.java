package org.shellymanager.manager.config;

import java.util.List;
import java.util.Map;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobContext;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.stereotype.Service;

/**
 * Sync of many devices: a dry run answers the plan at once; a real run is a job with one result per device,
 * working on {@code sync-concurrency} devices at a time.
 */
@Service
public class SyncService {

    private final DeviceSync deviceSync;
    private final InventoryService inventory;
    private final SnapshotService snapshots;
    private final JobService jobs;
    private final ConfigProperties properties;

    SyncService(DeviceSync deviceSync, InventoryService inventory, SnapshotService snapshots, JobService jobs,
                ConfigProperties properties) {
        this.deviceSync = deviceSync;
        this.inventory = inventory;
        this.snapshots = snapshots;
        this.jobs = jobs;
        this.properties = properties;
    }

    /** What a sync of these devices to their desired state would send, device by device. */
    public List<SyncResult> plan(DeviceSelection selection) {
        return FleetRunner.run(selection.resolve(inventory), properties.syncConcurrency(),
                device -> deviceSync.run(device, new SyncTarget.Desired(), true, RestartPolicy.NEVER, null), () -> false);
    }

    /** What restoring a snapshot onto a device would send. */
    public SyncResult planRestore(String snapshotId, String targetDeviceId) {
        return planRestore(snapshots.get(snapshotId), targetDeviceId);
    }

    /** What restoring a snapshot, stored or read from a backup archive, onto a device would send. */
    public SyncResult planRestore(Snapshot snapshot, String targetDeviceId) {
        Device target = inventory.get(targetDeviceId);
        return deviceSync.run(target, restoreTarget(snapshot, target), true, RestartPolicy.NEVER, null);
    }

    public Job start(DeviceSelection selection, RestartPolicy restartOrNull, String startedBy) {
        List<Device> devices = selection.resolve(inventory);
        RestartPolicy restart = restartOrNull == null ? properties.restartPolicy() : restartOrNull;
        JobKind kind = new JobKind.ConfigSync(devices.stream().map(Device::id).toList(), selection.describe(), restart.name(), null);
        return jobs.submit(kind, startedBy, context -> run(context, devices, d -> new SyncTarget.Desired(), restart));
    }

    /** Writes a snapshot onto its own device, or onto a replacement of the same model. */
    public Job restore(String snapshotId, String targetDeviceId, RestartPolicy restartOrNull, String startedBy) {
        return restore(snapshots.get(snapshotId), targetDeviceId, restartOrNull, startedBy);
    }

    /**
     * Writes a snapshot, stored or read from a backup archive, onto its own device or a replacement of the same
     * model, as a sync job (with rollback of a failed write).
     */
    public Job restore(Snapshot snapshot, String targetDeviceId, RestartPolicy restartOrNull, String startedBy) {
        Device target = inventory.get(targetDeviceId);
        SyncTarget source = restoreTarget(snapshot, target);
        RestartPolicy restart = restartOrNull == null ? properties.restartPolicy() : restartOrNull;
        JobKind kind = new JobKind.ConfigSync(List.of(target.id()), "restore onto " + target.id(), restart.name(), snapshot.id());
        return jobs.submit(kind, startedBy, context -> run(context, List.of(target), d -> source, restart));
    }

    private SyncTarget restoreTarget(Snapshot snapshot, Device target) {
        String snapshotId = snapshot.id();
        if (!snapshot.model().equals(target.model())) {
            throw new ManagerException(ErrorCode.CONFIG_MODEL_MISMATCH, "Snapshot " + snapshotId + " is of a "
                    + snapshot.model() + "; device " + target.id() + " is a " + target.model()
                    + ". A snapshot can only be restored onto the same model.",
                    Map.of("snapshotModel", snapshot.model(), "deviceModel", target.model()));
        }
        Device source = inventory.find(snapshot.deviceId()).orElse(target);
        return new SyncTarget.FromSnapshot(snapshot, source.deviceId(), source.mac());
    }

    private String run(JobContext context, List<Device> devices, java.util.function.Function<Device, SyncTarget> target,
                       RestartPolicy restart) {
        context.total(devices.size());
        List<SyncResult> results = FleetRunner.run(devices, properties.syncConcurrency(), device -> {
            SyncResult result = deviceSync.run(device, target.apply(device), false, restart, context.jobId());
            context.result(new JobResult(device.address().toString(), result.outcome().name(), result.message(), device.id()));
            context.advance();
            return result;
        }, context::cancelled);
        Map<SyncOutcome, Long> counts = new java.util.EnumMap<>(SyncOutcome.class);
        results.forEach(r -> counts.merge(r.outcome(), 1L, Long::sum));
        return counts.isEmpty() ? "no devices" : counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .collect(java.util.stream.Collectors.joining(", "));
    }
}

package org.shellymanager.manager.backup;

import org.shellymanager.manager.config.RestartPolicy;
import org.shellymanager.manager.config.Snapshot;
import org.shellymanager.manager.config.SyncResult;
import org.shellymanager.manager.config.SyncService;
import org.shellymanager.manager.job.Job;
import org.springframework.stereotype.Service;

/**
 * Device-side restore: a device's configuration snapshot read from a stored archive (with its chain) and written
 * onto the device, or onto a replacement of the same model, through configuration management's sync, which reads
 * the device first, writes only what differs and rolls a failed write back.
 */
@Service
class DeviceRestore {

    private final BackupService backups;
    private final SyncService sync;

    DeviceRestore(BackupService backups, SyncService sync) {
        this.backups = backups;
        this.sync = sync;
    }

    /** The snapshot the archive holds of {@code deviceId}: {@code snapshotId}, or the newest when null. */
    Snapshot snapshot(String archive, char[] passphrase, String deviceId, String snapshotId) {
        return backups.withChain(archive, chain -> ArchivedSnapshots.of(chain, passphrase, deviceId)).get(snapshotId);
    }

    SyncResult plan(Snapshot snapshot, String targetDeviceId) {
        return sync.planRestore(snapshot, targetDeviceId);
    }

    Job start(Snapshot snapshot, String targetDeviceId, RestartPolicy restart, String startedBy) {
        return sync.restore(snapshot, targetDeviceId, restart, startedBy);
    }
}

package org.shellymanager.manager.job;

import java.util.List;

/**
 * What a job does, with the parameters it was started with. A closed set: each kind of long work (discovery
 * now; config sync, firmware rollouts, backups and exports later) adds its record here. Parameters never hold
 * secrets, because they are stored and shown as given.
 */
public sealed interface JobKind {

    /** The stable name of the kind, as stored and shown by the API. */
    String name();

    /**
     * Scan addresses for Shelly devices and record what answers in the inventory; {@code mdns}: also the
     * candidates an mDNS browse finds.
     */
    record Discovery(List<String> targets, String networkId, boolean mdns) implements JobKind {

        public static final String NAME = "DISCOVERY";

        public Discovery {
            targets = List.copyOf(targets);
        }

        @Override
        public String name() {
            return NAME;
        }
    }
    /** Ask devices which firmware they run and are offered ({@code devices} says which, as people read it). */
    record FirmwareCheck(String devices) implements JobKind {

        public static final String NAME = "FIRMWARE_CHECK";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** A staged firmware rollout; its plan and per-device state live with the firmware feature, under the job's id. */
    record FirmwareRollout(String rollout, String devices, String target, List<String> waves) implements JobKind {

        public static final String NAME = "FIRMWARE_ROLLOUT";

        public FirmwareRollout {
            waves = List.copyOf(waves);
        }

        @Override
        public String name() {
            return NAME;
        }
    }

    /** Bring devices to their desired state, or to a stored snapshot ({@code snapshotId}), rolling back failures. */
    record ConfigSync(List<String> deviceIds, String selection, String restartPolicy, String snapshotId) implements JobKind {

        public static final String NAME = "CONFIG_SYNC";

        public ConfigSync {
            deviceIds = List.copyOf(deviceIds);
        }

        @Override
        public String name() {
            return NAME;
        }
    }

    /** Change the device login on devices; the stored credentials change only once a device confirms. */
    record PasswordRotation(List<String> deviceIds, String selection) implements JobKind {

        public static final String NAME = "PASSWORD_ROTATION";

        public PasswordRotation {
            deviceIds = List.copyOf(deviceIds);
        }

        @Override
        public String name() {
            return NAME;
        }
    }

    /** Switch, move or dim many devices at once ({@code command} as people read it); one result per device. */
    record Control(List<String> deviceIds, String selection, String command) implements JobKind {

        public static final String NAME = "CONTROL";

        public Control {
            deviceIds = List.copyOf(deviceIds);
        }

        @Override
        public String name() {
            return NAME;
        }
    }

    /** Write a backup archive ({@code type}: FULL, INCREMENTAL or DIFFERENTIAL) into the backup directory. */
    record Backup(String type, boolean encrypted) implements JobKind {

        public static final String NAME = "BACKUP";

        @Override
        public String name() {
            return NAME;
        }
    }

    /**
     * Restore an archive, with the chain of archives before it, into the database ({@code archive} as people read
     * it: a stored archive's name or "uploaded archive"); with {@code dryRun} only check it.
     */
    record Restore(String archive, boolean dryRun, List<String> sections) implements JobKind {

        public static final String NAME = "RESTORE";

        public Restore {
            sections = List.copyOf(sections);
        }

        @Override
        public String name() {
            return NAME;
        }
    }
}

package org.shellymanager.manager.firmware;

import java.util.List;

/**
 * What a rollout would do, shown before it starts (the wizard's preview) and used to create it.
 *
 * @param target   {@code stable}, {@code beta} or {@code file:<id>}
 * @param excluded selected devices that will not be part of it, with the reason
 */
public record RolloutPlan(String name, String target, String targetVersion, List<String> waveSteps, int devices,
                          List<Wave> waves, List<Excluded> excluded, String maintenanceWindow) {

    public RolloutPlan {
        waveSteps = List.copyOf(waveSteps);
        waves = List.copyOf(waves);
        excluded = List.copyOf(excluded);
    }

    /** One wave and its devices in the order they are updated. */
    public record Wave(int number, List<PlannedDevice> devices) {

        public Wave {
            devices = List.copyOf(devices);
        }
    }

    /**
     * @param currentVersion what the inventory last saw it run
     * @param offeredVersion the stable or beta version its last check offered, or null (unknown or none)
     */
    public record PlannedDevice(String deviceId, String name, String model, int generation, boolean online, boolean battery,
                                String currentVersion, String offeredVersion) {
    }

    public record Excluded(String deviceId, String name, String reason) {
    }
}

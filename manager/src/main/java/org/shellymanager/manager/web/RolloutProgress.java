package org.shellymanager.manager.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.shellymanager.manager.firmware.DeviceOutcome;
import org.shellymanager.manager.firmware.Rollout;
import org.shellymanager.manager.firmware.RolloutDevice;

/** A rollout as its page shows it: overall and per-wave counts, and each wave's devices in the order they go. */
record RolloutProgress(Rollout rollout, int done, int total, List<Wave> waves) {

    static RolloutProgress of(Rollout rollout, List<RolloutDevice> devices) {
        Map<Integer, List<RolloutDevice>> byWave = devices.stream()
                .collect(Collectors.groupingBy(RolloutDevice::wave, TreeMap::new, Collectors.toList()));
        List<Wave> waves = byWave.entrySet().stream().map(e -> Wave.of(e.getKey(), e.getValue())).toList();
        return new RolloutProgress(rollout, waves.stream().mapToInt(Wave::done).sum(), devices.size(), waves);
    }

    /**
     * @param done   devices with a final outcome
     * @param failed devices that failed (what the halt threshold counts)
     */
    record Wave(int number, List<RolloutDevice> devices, int done, int failed) {

        static Wave of(int number, List<RolloutDevice> devices) {
            return new Wave(number, devices, (int) devices.stream().filter(d -> d.outcome().finished()).count(),
                    (int) devices.stream().filter(d -> d.outcome() == DeviceOutcome.FAILED).count());
        }

        public int total() {
            return devices.size();
        }
    }
}

package org.shellymanager.manager.firmware;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What a rollout should do. Exactly one target: {@code channel} ({@code stable} or {@code beta}, as each device's
 * own update check offers) or {@code fileId} (a cached file, for devices of its model).
 *
 * @param waves             default {@code 1, 10%, rest}
 * @param concurrency       devices updated at once, default 4
 * @param maxFailurePercent the rollout halts once more than this share of a wave failed, default 20 (0: the first failure)
 * @param verifyTimeout     how long each device has to come back on the target version, default {@code verify-timeout}
 */
public record RolloutRequest(@Size(max = 255) String name, @Valid DeviceSelector devices, String channel, String fileId,
                             @Size(max = 20) List<String> waves, @Min(1) @Max(64) Integer concurrency,
                             @Min(0) @Max(100) Integer maxFailurePercent, Duration verifyTimeout) {

    public RolloutRequest {
        devices = devices == null ? DeviceSelector.all() : devices;
    }
}

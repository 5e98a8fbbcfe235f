package org.shellymanager.manager.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.shellymanager.manager.firmware.DeviceSelector;
import org.shellymanager.manager.firmware.RolloutRequest;

/**
 * The rollout wizard's fields as the browser sends them.
 *
 * @param version       {@code stable}, {@code beta} or {@code file:<id>} of a cached file
 * @param waves         the wave plan as typed: {@code 1, 10%, rest}
 * @param verifyMinutes how long each device has to come back on the new version; empty: the server's default
 */
record RolloutForm(String name, String model, String tag, String room, String text, String version, String waves,
                   Integer concurrency, Integer maxFailurePercent, Integer verifyMinutes) {

    static final String DEFAULT_WAVES = "1, 10%, rest";

    static RolloutForm empty() {
        return new RolloutForm(null, null, null, null, null, "stable", DEFAULT_WAVES, 4, 20, null);
    }

    RolloutRequest toRequest() {
        String target = blankToNull(version);
        boolean file = target != null && target.startsWith("file:");
        List<String> steps = waves == null || waves.isBlank() ? null
                : Arrays.stream(waves.split(",")).map(String::strip).toList();
        return new RolloutRequest(blankToNull(name),
                new DeviceSelector(blankToNull(model), blankToNull(tag), blankToNull(room), null, blankToNull(text), null),
                file ? null : target, file ? target.substring("file:".length()) : null, steps, concurrency,
                maxFailurePercent, verifyMinutes == null ? null : Duration.ofMinutes(verifyMinutes));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

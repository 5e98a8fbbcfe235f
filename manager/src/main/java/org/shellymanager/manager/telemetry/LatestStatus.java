package org.shellymanager.manager.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What telemetry knows about one device now.
 *
 * @param stateSince  when the state last changed (or the server started watching)
 * @param lastReport  when the device last answered, or null
 * @param ageSeconds  seconds since the last report, or null
 * @param lastAttempt when it was last polled, or null
 * @param missedPolls polls missed in a row
 * @param source      how the last report came: {@code poll} or {@code push}
 * @param error       why the last poll failed ({@code timeout}, {@code unreachable}, {@code unauthorized},
 *                    {@code malformed}, {@code rejected}), or null after a good poll
 * @param battery     a battery device (shown asleep rather than offline between its reports)
 * @param pushing     its WebSocket is open and merging notifications
 * @param powerW      the device's power draw, or null when not metered
 * @param energyWh    the sum of its energy counters, or null
 * @param availableFirmware a newer stable firmware the device offers, or null
 * @param updateAvailable whether it offers one, or null before its first report
 * @param readings    every value of its last report
 */
public record LatestStatus(String deviceId, DeviceState state, Instant stateSince, Instant lastReport, Long ageSeconds,
                           Instant lastAttempt, int missedPolls, String source, String error, boolean battery,
                           boolean pushing, Double powerW, Double energyWh, String availableFirmware,
                           Boolean updateAvailable, Instant nextPoll, List<Reading> readings) {

    public LatestStatus {
        if (deviceId == null || state == null || stateSince == null) {
            throw new IllegalArgumentException("deviceId, state and stateSince are required");
        }
        readings = List.copyOf(readings);
    }

    static Long age(Instant lastReport, Instant now) {
        return lastReport == null ? null : Math.max(0, Duration.between(lastReport, now).toSeconds());
    }
}

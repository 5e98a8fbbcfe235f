package org.shellymanager.manager.control;

/**
 * What a command did on one device.
 *
 * @param outcome {@code DONE}, {@code REJECTED} (the device answered with an error), {@code UNREACHABLE},
 *                {@code TIMEOUT}, {@code UNAUTHORIZED} or {@code FAILED}
 * @param message the device's error or the failure, or null when done
 */
public record ControlOutcome(String deviceId, String command, String outcome, String message) {

    public ControlOutcome {
        if (deviceId == null || command == null || outcome == null) {
            throw new IllegalArgumentException("deviceId, command and outcome are required");
        }
    }

    public boolean done() {
        return outcome.equals("DONE");
    }
}

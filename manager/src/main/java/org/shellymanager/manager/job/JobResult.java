package org.shellymanager.manager.job;

/**
 * What a job did with one target.
 *
 * @param target   the address, device or item the result is about
 * @param outcome  a kind-specific outcome such as {@code ADDED} or {@code UNREACHABLE}
 * @param message  a human-readable explanation, or null
 * @param deviceId the inventory id of the device concerned, or null
 */
public record JobResult(String target, String outcome, String message, String deviceId) {

    public JobResult {
        if (target == null || target.isBlank() || outcome == null || outcome.isBlank()) {
            throw new IllegalArgumentException("a job result needs a target and an outcome");
        }
    }
}

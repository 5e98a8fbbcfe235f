package org.shellymanager.manager.config;

import java.util.List;

/**
 * What a sync did (or, in a dry run, would do) with one device.
 *
 * @param changes        the fields that differed from the desired state before the run
 * @param calls          the calls sent (or to be sent), write-only values masked
 * @param problems       settings that do not reach this device, and why
 * @param restartPending the device said a change needs a restart and the policy left it running
 */
public record SyncResult(String deviceId, SyncOutcome outcome, List<DriftField> changes, List<String> calls,
                         List<DesiredState.Problem> problems, String message, boolean restartPending) {

    public SyncResult {
        changes = List.copyOf(changes);
        calls = List.copyOf(calls);
        problems = List.copyOf(problems);
    }

    static SyncResult failed(String deviceId, SyncOutcome outcome, String message) {
        return new SyncResult(deviceId, outcome, List.of(), List.of(), List.of(), message, false);
    }
}

package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.manager.inventory.Device;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Syncs one device: reads it, works out the difference from its target, and (unless a dry run) sends only that,
 * reads it back to verify, and on any failure puts the changed fields back to the snapshot taken at the start. A
 * login password the desired state asks for is set last, through {@link DeviceLogin}, and the device is read back
 * with the new login.
 */
@Component
class DeviceSync {

    private static final Logger log = LoggerFactory.getLogger(DeviceSync.class);

    private final SnapshotService snapshots;
    private final DesiredStates desiredStates;
    private final SecretService secrets;
    private final DeviceSessions sessions;
    private final Rollback rollback;
    private final DeviceLogin login;

    DeviceSync(SnapshotService snapshots, DesiredStates desiredStates, SecretService secrets, DeviceSessions sessions,
               Rollback rollback, DeviceLogin login) {
        this.snapshots = snapshots;
        this.desiredStates = desiredStates;
        this.secrets = secrets;
        this.sessions = sessions;
        this.rollback = rollback;
        this.login = login;
    }

    SyncResult run(Device device, SyncTarget target, boolean dryRun, RestartPolicy restart, String jobId) {
        Snapshot before;
        try (ShellyClient client = sessions.open(device)) {
            before = snapshots.record(device, ConfigReader.read(client), SnapshotCause.DEVICE_CHANGE, jobId);
        } catch (DeviceUnauthorizedException e) {
            return SyncResult.failed(device.id(), SyncOutcome.UNAUTHORIZED, "the device refused the stored login; nothing was changed");
        } catch (DeviceException e) {
            return SyncResult.failed(device.id(), SyncOutcome.UNREACHABLE, "not reached (" + e.getMessage() + "); nothing was changed");
        }
        DesiredState desired = switch (target) {
            case SyncTarget.Desired d -> desiredStates.of(device, before);
            case SyncTarget.FromSnapshot(Snapshot source, String id, String mac) -> DesiredStates.ofSnapshot(device, source, id, mac);
        };
        List<DriftField> changes = desiredStates.drift(desired, before);
        Map<String, JsonNode> writes = new LinkedHashMap<>();
        for (DriftField change : changes) {
            String secret = desired.secrets().get(change.field());
            writes.put(change.field(), secret != null ? JsonNodeFactory.instance.stringNode(secret) : change.desired());
        }
        List<DeviceCall> calls = new ArrayList<>(NativeWriter.calls(device.generation(), writes));
        calls.addAll(ItemPlan.of(desired.items(), before.sections()).calls());
        boolean loginChange = writes.containsKey(DeviceLogin.FIELD);
        List<String> described = new ArrayList<>(calls.stream().map(DeviceCall::describe).toList());
        if (loginChange) {
            described.add(login.describe(device));
        }
        if (described.isEmpty()) {
            return new SyncResult(device.id(), SyncOutcome.IN_SYNC, List.of(), List.of(), desired.problems(),
                    "already as desired", false);
        }
        if (dryRun) {
            return new SyncResult(device.id(), SyncOutcome.PLANNED, changes, described, desired.problems(),
                    described.size() + " call(s) would change " + changes.size() + " field(s)", false);
        }
        SnapshotCause cause = target instanceof SyncTarget.FromSnapshot ? SnapshotCause.RESTORE : SnapshotCause.MANAGER_SYNC;
        return apply(device, desired, before, changes, new Plan(calls, loginChange, described), restart, jobId, cause);
    }

    /** The calls to send, whether the login password changes after them, and all of it as shown. */
    private record Plan(List<DeviceCall> calls, boolean loginChange, List<String> described) {
    }

    private SyncResult apply(Device device, DesiredState desired, Snapshot before, List<DriftField> changes, Plan plan,
                             RestartPolicy restart, String jobId, SnapshotCause cause) {
        boolean[] restartRequired = {false};
        String failure;
        try (ShellyClient client = sessions.open(device)) {
            failure = send(client, plan.calls(), restartRequired);
            if (failure == null && !plan.loginChange()) {
                failure = verify(client, device, desired, changes, restartRequired[0], restart, jobId, cause);
            }
        } catch (DeviceException e) {
            failure = lost(e);
        }
        if (failure == null && plan.loginChange()) {
            DeviceLogin.Result changed = login.change(device, desired.secrets().get(DeviceLogin.FIELD));
            if (changed.outcome() != DeviceLogin.Outcome.ROTATED) {
                failure = "the login password was not changed: " + changed.message();
            } else {
                try (ShellyClient client = sessions.open(device)) {
                    failure = verify(client, device, desired, changes, restartRequired[0], restart, jobId, cause);
                } catch (DeviceException e) {
                    failure = lost(e);
                }
            }
        }
        List<String> described = plan.described();
        if (failure == null) {
            boolean pending = restartRequired[0] && restart == RestartPolicy.LATER;
            return new SyncResult(device.id(), SyncOutcome.APPLIED, changes, described, desired.problems(),
                    "applied " + changes.size() + " field(s)" + (restartRequired[0] && restart == RestartPolicy.NOW
                            ? "; rebooted to apply them" : pending ? "; a restart is pending" : ""), pending);
        }
        log.warn("device {} sync failed, restoring version {}: {}", device.id(), before.version(), failure);
        String restored = rollback.restore(device, before, changes.stream().map(DriftField::field).toList(), jobId);
        SyncOutcome outcome = restored == null ? SyncOutcome.ROLLED_BACK : SyncOutcome.ROLLBACK_FAILED;
        String message = failure + (restored == null ? "; put back to version " + before.version()
                : "; putting it back failed: " + restored);
        return new SyncResult(device.id(), outcome, changes, described, desired.problems(), message, false);
    }

    /** Sends the calls in order; null when the device took them all, else what it refused. */
    private static String send(ShellyClient client, List<DeviceCall> calls, boolean[] restartRequired) {
        for (DeviceCall call : calls) {
            RpcResult<JsonNode> result = CallRunner.send(client, call);
            if (result instanceof RpcResult.DeviceError<JsonNode>(int code, String message)) {
                return "the device refused " + call.describe() + " (" + code + ": " + message + ")";
            }
            restartRequired[0] |= CallRunner.restartRequired(result);
        }
        return null;
    }

    /**
     * Records the write-only values the run set (the login password is recorded by {@link DeviceLogin} once the
     * device confirmed it), reads the device back and checks it; null when it is as desired, else what is not.
     */
    private String verify(ShellyClient client, Device device, DesiredState desired, List<DriftField> changes,
                          boolean restartRequired, RestartPolicy restart, String jobId, SnapshotCause cause) {
        desired.secrets().forEach((field, value) -> {
            if (!field.equals(DeviceLogin.FIELD) && changes.stream().anyMatch(c -> c.field().equals(field))) {
                secrets.recordApplied(device.id(), field, value);
            }
        });
        Snapshot after = snapshots.record(device, ConfigReader.read(client), cause, jobId);
        List<DriftField> left = desiredStates.drift(desired, after);
        if (!left.isEmpty()) {
            return "the device did not keep " + left.stream().map(DriftField::field).toList();
        }
        if (restartRequired && restart == RestartPolicy.NOW) {
            client.reboot();
        }
        return null;
    }

    private static String lost(DeviceException e) {
        return "lost the device mid-run (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }
}

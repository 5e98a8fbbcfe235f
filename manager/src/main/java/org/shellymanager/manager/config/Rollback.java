package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.shellymanager.device.DeviceException;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.manager.inventory.Device;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Puts fields a failed sync touched back to their values in the snapshot from before the run: reads the device,
 * writes only the fields that still differ (a change the device refused never took hold and is not sent again),
 * then reads it back to check (unless nothing needed writing: then the first read is the check); tried a few
 * times (a device that rebooted mid-run needs a moment), the pauses drawn at random around {@code rollback-wait} so
 * that a device which drops out on a fixed rhythm is not caught at the same point of it every time. Scripts,
 * schedule jobs and webhooks of a kind the run touched are put back as they were, matched by id: what the run
 * created is deleted, what it deleted is created again. Write-only fields cannot be put back: their old values
 * were never readable.
 */
@Component
class Rollback {

    private final SnapshotService snapshots;
    private final DeviceSessions sessions;
    private final ConfigProperties properties;

    Rollback(SnapshotService snapshots, DeviceSessions sessions, ConfigProperties properties) {
        this.snapshots = snapshots;
        this.sessions = sessions;
        this.properties = properties;
    }

    /** Null when the device is back at {@code before} in every touched field, else why not. */
    String restore(Device device, Snapshot before, List<String> touched, String jobId) {
        ConfigFields old = before.fields();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        touched.stream().filter(old::has).forEach(field -> values.put(field, old.get(field)));
        List<ItemSet> items = itemsBefore(before, touched);
        String reason = "no attempt";
        for (int attempt = 1; attempt <= properties.rollbackTries(); attempt++) {
            if (attempt > 1 && !pause()) {
                return "interrupted";
            }
            try (ShellyClient client = sessions.open(device)) {
                reason = null;
                Map<String, JsonNode> sections = ConfigReader.read(client);
                ConfigFields found = Snapshot.fieldsOf(device.generation(), sections);
                Map<String, JsonNode> differing = new LinkedHashMap<>(values);
                differing.keySet().removeIf(field -> ConfigFields.same(values.get(field), found.get(field)));
                List<DeviceCall> calls = new ArrayList<>(NativeWriter.calls(device.generation(), differing));
                calls.addAll(ItemPlan.of(items, sections).calls());
                for (DeviceCall call : calls) {
                    if (CallRunner.send(client, call) instanceof RpcResult.DeviceError<JsonNode>(int code, String message)) {
                        reason = "the device refused " + call.describe() + " (" + code + ": " + message + ")";
                    }
                }
                Snapshot after = snapshots.record(device, calls.isEmpty() ? sections : ConfigReader.read(client),
                        SnapshotCause.RESTORE, jobId);
                ConfigFields now = after.fields();
                List<String> wrong = new ArrayList<>(values.keySet().stream().filter(f -> !ConfigFields.same(values.get(f), now.get(f))).toList());
                ItemPlan.of(items, after.sections()).drift().forEach(d -> wrong.add(d.field()));
                if (reason == null && wrong.isEmpty()) {
                    return null;
                }
                reason = reason != null ? reason : "fields still differ: " + wrong;
            } catch (DeviceException e) {
                reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        return reason + " (after " + properties.rollbackTries() + " tries)";
    }

    /** The items of each kind among the touched fields, as the snapshot had them, with their ids. */
    private static List<ItemSet> itemsBefore(Snapshot before, List<String> touched) {
        String origin = "snapshot:" + before.version();
        return touched.stream().map(ItemKind::ofField).flatMap(java.util.Optional::stream).distinct()
                .flatMap(kind -> kind.actual(before.sections(), origin).stream()
                        .map(items -> new ItemSet(kind, true, origin, items)))
                .toList();
    }

    private boolean pause() {
        try {
            long wait = properties.rollbackWait().toMillis();
            Thread.sleep(wait / 2 + ThreadLocalRandom.current().nextLong(wait + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

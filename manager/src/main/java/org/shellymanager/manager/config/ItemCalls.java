package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Gen2+ calls that create, change and delete scripts ({@code Script.Create/PutCode/SetConfig/Start/Stop/Delete}),
 * schedule jobs ({@code Schedule.Create/Update/Delete}) and webhooks ({@code Webhook.Create/Update/Delete}). Script
 * code goes up in slices ({@code Script.PutCode} with {@code append}), as devices take a request of limited size;
 * a running script is stopped while its code changes and started again after.
 */
final class ItemCalls {

    static final int CODE_SLICE = 1024;

    private ItemCalls() {
    }

    static DeviceCall create(ItemKind kind, ObjectNode spec) {
        return switch (kind) {
            case SCRIPTS -> {
                List<DeviceCall.Rpc> then = new ArrayList<>(putCode(spec.path("code").asString("")));
                if (spec.path("enable").asBoolean(false)) {
                    then.add(rpc("Script.SetConfig", params().set("config", params().put("enable", true))));
                }
                if (spec.path("running").asBoolean(false)) {
                    then.add(rpc("Script.Start", params()));
                }
                yield new DeviceCall.Create(rpc("Script.Create", params().put("name", spec.path("name").asString())), then);
            }
            case SCHEDULES -> rpc("Schedule.Create", spec.deepCopy());
            case WEBHOOKS -> {
                ObjectNode hook = params().put("cid", 0);
                hook.setAll(spec.deepCopy());
                yield rpc("Webhook.Create", hook);
            }
        };
    }

    /** The calls that change the device's item {@code actual} to have the {@code changed} properties of {@code desired}. */
    static List<DeviceCall> update(ItemKind kind, ListItem actual, JsonNode desired, List<String> changed) {
        List<DeviceCall> calls = new ArrayList<>();
        int id = actual.id();
        switch (kind) {
            case SCRIPTS -> {
                boolean running = actual.spec().path("running").asBoolean(false);
                boolean runAfter = desired.has("running") ? desired.path("running").asBoolean() : running;
                if (changed.contains("code")) {
                    if (running) {
                        calls.add(rpc("Script.Stop", withId(id)));
                        running = false;
                    }
                    putCode(desired.path("code").asString()).forEach(slice -> calls.add(rpc(slice.method(),
                            withId(id).setAll((ObjectNode) slice.params()))));
                }
                ObjectNode config = params();
                changed.stream().filter(p -> p.equals("name") || p.equals("enable")).forEach(p -> config.set(p, desired.get(p)));
                if (!config.isEmpty()) {
                    calls.add(rpc("Script.SetConfig", withId(id).set("config", config)));
                }
                if (runAfter != running) {
                    calls.add(rpc(runAfter ? "Script.Start" : "Script.Stop", withId(id)));
                }
            }
            case SCHEDULES, WEBHOOKS -> {
                ObjectNode params = withId(id);
                changed.forEach(p -> params.set(p, desired.get(p).deepCopy()));
                calls.add(rpc(kind == ItemKind.SCHEDULES ? "Schedule.Update" : "Webhook.Update", params));
            }
        }
        return calls;
    }

    static List<DeviceCall> delete(ItemKind kind, ListItem actual) {
        return switch (kind) {
            case SCRIPTS -> actual.spec().path("running").asBoolean(false)
                    ? List.of(rpc("Script.Stop", withId(actual.id())), rpc("Script.Delete", withId(actual.id())))
                    : List.of(rpc("Script.Delete", withId(actual.id())));
            case SCHEDULES -> List.of(rpc("Schedule.Delete", withId(actual.id())));
            case WEBHOOKS -> List.of(rpc("Webhook.Delete", withId(actual.id())));
        };
    }

    /** {@code Script.PutCode} slices without the script id: the first replaces the code, the rest append. */
    private static List<DeviceCall.Rpc> putCode(String code) {
        List<DeviceCall.Rpc> slices = new ArrayList<>();
        int offset = 0;
        do {
            int end = Math.min(code.length(), offset + CODE_SLICE);
            slices.add(rpc("Script.PutCode", params().put("code", code.substring(offset, end)).put("append", offset > 0)));
            offset = end;
        } while (offset < code.length());
        return slices;
    }

    private static DeviceCall.Rpc rpc(String method, JsonNode params) {
        return new DeviceCall.Rpc(method, params);
    }

    private static ObjectNode params() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static ObjectNode withId(int id) {
        return params().put("id", id);
    }
}

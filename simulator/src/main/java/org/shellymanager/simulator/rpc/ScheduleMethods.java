package org.shellymanager.simulator.rpc;

import java.util.Map;
import java.util.function.Function;
import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.userdata.Revisioned;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code Schedule.Create/List/Update/Delete/DeleteAll}: jobs {@code {id, enable, timespec, calls}} with a store
 * revision ({@code sys.schedule_rev}); at most 20 jobs, the 21st is refused with -108 as documented. Jobs are kept,
 * not run.
 */
final class ScheduleMethods {

    static final int MAX_JOBS = 20;

    private ScheduleMethods() {
    }

    static void register(Map<String, Function<RpcCall, JsonNode>> methods) {
        methods.put("Schedule.Create", call -> {
            ObjectNode job = Yaml.MAPPER.createObjectNode();
            job.put("enable", call.params().path("enable").asBoolean(true));
            job.put("timespec", timespec(call.params()));
            job.set("calls", calls(call.params()));
            Revisioned jobs = jobs(call);
            if (jobs.size() >= MAX_JOBS) {
                throw new RpcException(-108, "Maximum number of schedules reached: " + MAX_JOBS);
            }
            int id = jobs.add(job);
            return Yaml.MAPPER.createObjectNode().put("id", id).put("rev", jobs.rev());
        });
        methods.put("Schedule.List", call -> {
            ObjectNode result = Yaml.MAPPER.createObjectNode();
            result.putArray("jobs").addAll(jobs(call).all());
            return result.put("rev", jobs(call).rev());
        });
        methods.put("Schedule.Update", call -> {
            int id = call.id();
            ObjectNode job = jobs(call).find(id).orElseThrow(() -> RpcException.notFound("Bad id=" + id));
            if (call.params().has("enable")) {
                job.put("enable", call.params().path("enable").asBoolean());
            }
            if (call.params().has("timespec")) {
                job.put("timespec", timespec(call.params()));
            }
            if (call.params().has("calls")) {
                job.set("calls", calls(call.params()));
            }
            jobs(call).changed();
            return Yaml.MAPPER.createObjectNode().put("rev", jobs(call).rev());
        });
        methods.put("Schedule.Delete", call -> {
            int id = call.id();
            if (!jobs(call).remove(id)) {
                throw RpcException.notFound("Bad id=" + id);
            }
            return Yaml.MAPPER.createObjectNode().put("rev", jobs(call).rev());
        });
        methods.put("Schedule.DeleteAll", call -> {
            jobs(call).clear();
            return Yaml.MAPPER.createObjectNode().put("rev", jobs(call).rev());
        });
    }

    /** Six cron fields, seconds first, or a sunrise/sunset expression starting with {@code @}. */
    private static String timespec(ObjectNode params) {
        JsonNode timespec = params.get("timespec");
        if (timespec == null || !timespec.isString()) {
            throw RpcException.invalid("Missing required 'timespec'");
        }
        String text = timespec.asString().trim();
        if (!text.startsWith("@") && text.split("\\s+").length != 6) {
            throw RpcException.invalid("Invalid timespec: " + text);
        }
        return text;
    }

    private static JsonNode calls(ObjectNode params) {
        JsonNode calls = params.get("calls");
        if (calls == null || !calls.isArray() || calls.isEmpty()) {
            throw RpcException.invalid("Missing required 'calls'");
        }
        for (JsonNode call : calls) {
            if (!call.path("method").isString()) {
                throw RpcException.invalid("Each call needs a 'method'");
            }
        }
        return calls.deepCopy();
    }

    private static Revisioned jobs(RpcCall call) {
        return call.device().userData().schedules();
    }
}

package org.shellymanager.simulator.rpc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.userdata.Revisioned;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code Webhook.Create/List/Update/Delete/DeleteAll/ListSupported}: hooks {@code {id, cid, enable, event, name,
 * urls, ...}} for events the device's components raise, with a store revision ({@code sys.webhook_rev}). Hooks are
 * kept, not called.
 */
final class WebhookMethods {

    private static final Map<String, List<String>> EVENTS = Map.ofEntries(
            Map.entry("switch", List.of("switch.on", "switch.off")),
            Map.entry("cover", List.of("cover.open", "cover.closed", "cover.stopped", "cover.opening", "cover.closing")),
            Map.entry("input", List.of("input.toggle_on", "input.toggle_off", "input.button_push", "input.button_longpush",
                    "input.button_doublepush")),
            Map.entry("light", List.of("light.on", "light.off")),
            Map.entry("rgb", List.of("rgb.on", "rgb.off")),
            Map.entry("rgbw", List.of("rgbw.on", "rgbw.off")),
            Map.entry("em", List.of("em.active_power_change", "em.current_change", "em.voltage_change")),
            Map.entry("em1", List.of("em1.active_power_change", "em1.current_change", "em1.voltage_change")),
            Map.entry("temperature", List.of("temperature.change")),
            Map.entry("humidity", List.of("humidity.change")));

    private WebhookMethods() {
    }

    static void register(Map<String, Function<RpcCall, JsonNode>> methods) {
        methods.put("Webhook.ListSupported", call -> {
            ObjectNode result = Yaml.MAPPER.createObjectNode();
            ObjectNode types = result.putObject("types");
            supported(call.device()).forEach(types::putObject);
            return result;
        });
        methods.put("Webhook.Create", call -> {
            ObjectNode hook = Yaml.MAPPER.createObjectNode();
            hook.put("cid", call.params().path("cid").asInt(0)).put("enable", call.params().path("enable").asBoolean(true));
            apply(call, hook, true);
            int id = hooks(call).add(hook);
            return Yaml.MAPPER.createObjectNode().put("id", id).put("rev", hooks(call).rev());
        });
        methods.put("Webhook.List", call -> {
            ObjectNode result = Yaml.MAPPER.createObjectNode();
            result.putArray("hooks").addAll(hooks(call).all());
            return result.put("rev", hooks(call).rev());
        });
        methods.put("Webhook.Update", call -> {
            int id = call.id();
            ObjectNode hook = hooks(call).find(id).orElseThrow(() -> RpcException.notFound("Bad id=" + id));
            apply(call, hook, false);
            hooks(call).changed();
            return Yaml.MAPPER.createObjectNode().put("rev", hooks(call).rev());
        });
        methods.put("Webhook.Delete", call -> {
            int id = call.id();
            if (!hooks(call).remove(id)) {
                throw RpcException.notFound("Bad id=" + id);
            }
            return Yaml.MAPPER.createObjectNode().put("rev", hooks(call).rev());
        });
        methods.put("Webhook.DeleteAll", call -> {
            hooks(call).clear();
            return Yaml.MAPPER.createObjectNode().put("rev", hooks(call).rev());
        });
    }

    private static void apply(RpcCall call, ObjectNode hook, boolean creating) {
        ObjectNode params = call.params();
        if (params.has("event") || creating) {
            String event = params.path("event").asString("");
            if (!supported(call.device()).contains(event)) {
                throw RpcException.invalid("Unsupported event: " + event);
            }
            hook.put("event", event);
        }
        if (params.has("urls") || creating) {
            JsonNode urls = params.get("urls");
            if (urls == null || !urls.isArray() || urls.isEmpty()) {
                throw RpcException.invalid("Missing required 'urls'");
            }
            hook.set("urls", urls.deepCopy());
        }
        for (String field : List.of("enable", "cid", "name", "active_between", "condition", "ssl_ca", "repeat_period")) {
            if (params.has(field)) {
                hook.set(field, params.get(field).deepCopy());
            }
        }
        if (!hook.has("name")) {
            hook.putNull("name");
        }
    }

    private static Set<String> supported(VirtualDevice device) {
        Set<String> events = new TreeSet<>();
        for (String key : device.config().propertyNames()) {
            String kind = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
            events.addAll(EVENTS.getOrDefault(kind, List.of()));
        }
        return events;
    }

    private static Revisioned hooks(RpcCall call) {
        return call.device().userData().webhooks();
    }
}

package org.shellymanager.simulator.rpc;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.shellymanager.simulator.core.DeviceEvent;
import org.shellymanager.simulator.core.Timers;
import org.shellymanager.simulator.state.CoverChannel;
import org.shellymanager.simulator.state.InputChannel;
import org.shellymanager.simulator.state.SwitchChannel;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** Control methods of switches, covers and inputs. */
final class ComponentMethods {

    private ComponentMethods() {
    }

    static void register(Map<String, Function<RpcCall, JsonNode>> methods) {
        methods.put("Switch.Set", call -> {
            SwitchChannel sw = channel(call, "switch", SwitchChannel.class);
            boolean was = sw.set(call.now(), call.bool("on"), call.source(),
                    call.params().path("toggle_after").asDouble(0));
            RpcMethods.changed(call.device(), "switch:" + sw.id());
            return Yaml.MAPPER.createObjectNode().put("was_on", was);
        });
        methods.put("Switch.Toggle", call -> {
            SwitchChannel sw = channel(call, "switch", SwitchChannel.class);
            boolean was = sw.set(call.now(), !sw.output(call.now()), call.source(), 0);
            RpcMethods.changed(call.device(), "switch:" + sw.id());
            return Yaml.MAPPER.createObjectNode().put("was_on", was);
        });
        methods.put("Switch.ResetCounters", call -> {
            SwitchChannel sw = channel(call, "switch", SwitchChannel.class);
            double total = sw.energy().totalWh(call.now());
            sw.energy().reset(call.now());
            var result = Yaml.MAPPER.createObjectNode();
            result.putObject("aenergy").put("total", total);
            return result;
        });
        methods.put("Cover.Open", call -> move(call, 100));
        methods.put("Cover.Close", call -> move(call, 0));
        methods.put("Cover.GoToPosition", call -> {
            if (!call.params().has("pos") && !call.params().has("rel")) {
                throw RpcException.invalid("Missing required 'pos'");
            }
            CoverChannel cover = channel(call, "cover", CoverChannel.class);
            int target = call.params().has("pos") ? call.params().path("pos").asInt()
                    : cover.currentPos(call.now()) + call.params().path("rel").asInt();
            return move(call, target);
        });
        methods.put("Cover.Stop", call -> {
            CoverChannel cover = channel(call, "cover", CoverChannel.class);
            cover.stop(call.now(), call.source());
            RpcMethods.changed(call.device(), "cover:" + cover.id());
            return NullNode.getInstance();
        });
        methods.put("Cover.Calibrate", call -> move(call, 0));
        methods.put("Input.Trigger", call -> {
            InputChannel input = channel(call, "input", InputChannel.class);
            String event = call.params().path("event_type").asString("single_push");
            input.event(event);
            call.device().emit(new DeviceEvent.ComponentEvent("input:" + input.id(), input.id(), event, Map.of()));
            return NullNode.getInstance();
        });
    }

    private static JsonNode move(RpcCall call, int target) {
        CoverChannel cover = channel(call, "cover", CoverChannel.class);
        cover.moveTo(call.now(), target, call.source());
        String key = "cover:" + cover.id();
        RpcMethods.changed(call.device(), key);
        long remaining = cover.remainingMs(call.now());
        if (remaining > 0) {
            Timers.after(Duration.ofMillis(remaining + 50), () -> RpcMethods.changed(call.device(), key));
        }
        return NullNode.getInstance();
    }

    private static <C> C channel(RpcCall call, String kind, Class<C> type) {
        int id = call.id();
        return call.device().state().find(kind, id).filter(type::isInstance).map(type::cast)
                .orElseThrow(() -> RpcException.notFound("Bad id=" + id));
    }
}

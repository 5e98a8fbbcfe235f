package org.shellymanager.simulator.rpc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.shellymanager.simulator.state.LightChannel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code Light.Set/Toggle}, {@code RGB.Set/Toggle} and {@code RGBW.Set/Toggle}: {@code on}, {@code brightness}
 * (0-100), {@code rgb} ({@code [r,g,b]}, 0-255) and {@code white} (RGBW); they answer {@code null}.
 */
final class LightMethods {

    private LightMethods() {
    }

    static void register(Map<String, Function<RpcCall, JsonNode>> methods) {
        for (String kind : List.of("light", "rgb", "rgbw")) {
            String name = kind.equals("light") ? "Light" : kind.toUpperCase(Locale.ROOT);
            methods.put(name + ".Set", call -> set(call, kind));
            methods.put(name + ".Toggle", call -> {
                LightChannel light = light(call, kind);
                light.set(call.now(), !light.on(), call.source());
                RpcMethods.changed(call.device(), kind + ":" + light.id());
                return NullNode.getInstance();
            });
        }
    }

    private static JsonNode set(RpcCall call, String kind) {
        LightChannel light = light(call, kind);
        ObjectNode params = call.params();
        long now = call.now();
        if (params.has("brightness")) {
            if (!params.path("brightness").isNumber()) {
                throw RpcException.invalid("Invalid brightness");
            }
            light.brightness(now, params.path("brightness").asInt());
        }
        if (!kind.equals("light") && (params.has("rgb") || params.has("white"))) {
            JsonNode rgb = params.path("rgb");
            if (params.has("rgb") && (!rgb.isArray() || rgb.size() != 3)) {
                throw RpcException.invalid("rgb must be [red, green, blue]");
            }
            int[] was = light.rgbw();
            light.color(now, rgb.path(0).asInt(was[0]), rgb.path(1).asInt(was[1]), rgb.path(2).asInt(was[2]),
                    params.path("white").asInt(was[3]), light.gain());
        }
        boolean on = params.has("on") ? call.bool("on") : light.on();
        light.set(now, on, call.source());
        RpcMethods.changed(call.device(), kind + ":" + light.id());
        return NullNode.getInstance();
    }

    private static LightChannel light(RpcCall call, String kind) {
        int id = call.id();
        return call.device().state().find(kind, id).filter(LightChannel.class::isInstance).map(LightChannel.class::cast)
                .orElseThrow(() -> RpcException.notFound("Bad id=" + id));
    }
}

package org.shellymanager.device.rpc;

import java.time.Duration;
import org.shellymanager.device.LightCommand;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.model.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls on numbered components: {@code Switch}, {@code Cover}, {@code Light}/{@code RGB}/{@code RGBW}/{@code CCT},
 * {@code Input}, the meters ({@code EM}, {@code EMData}, {@code EM1}, {@code EM1Data}, {@code PM1}) and the sensors.
 */
public final class ComponentService {

    private final RpcChannel channel;

    public ComponentService(RpcChannel channel) {
        this.channel = channel;
    }

    /** {@code <Type>.GetStatus} mapped to our model. */
    public RpcResult<Component> getStatus(ComponentType type, int id) {
        return channel.call(type.method("GetStatus"), RpcCalls.id(id), true)
                .map(status -> RpcComponentMapper.map(type.key(id), status));
    }

    public RpcResult<JsonNode> getConfig(ComponentType type, int id) {
        return channel.call(type.method("GetConfig"), RpcCalls.id(id), true);
    }

    /** {@code <Type>.SetConfig}; the answer says whether a restart is required. */
    public RpcResult<Boolean> setConfig(ComponentType type, int id, JsonNode config) {
        ObjectNode params = RpcCalls.id(id);
        params.set("config", config);
        return channel.call(type.method("SetConfig"), params, false)
                .map(result -> result.path("restart_required").asBoolean(false));
    }

    /** {@code Switch.Set}; answers whether it was on before. */
    public RpcResult<Boolean> setSwitch(int id, boolean on, Duration toggleAfterOrNull) {
        ObjectNode params = RpcCalls.id(id);
        params.put("on", on);
        if (toggleAfterOrNull != null) {
            params.put("toggle_after", toggleAfterOrNull.toMillis() / 1000.0);
        }
        return channel.call("Switch.Set", params, false).map(result -> result.path("was_on").asBoolean(false));
    }

    public RpcResult<Boolean> toggleSwitch(int id) {
        return channel.call("Switch.Toggle", RpcCalls.id(id), false).map(result -> result.path("was_on").asBoolean(false));
    }

    /** {@code ResetCounters} of a metering component ({@code Switch}, {@code PM1}, {@code EMData}, {@code EM1Data} ...). */
    public RpcResult<Void> resetCounters(ComponentType type, int id) {
        return RpcCalls.done(channel.call(type.method("ResetCounters"), RpcCalls.id(id), false));
    }

    public RpcResult<Void> openCover(int id, Duration durationOrNull) {
        return RpcCalls.done(channel.call("Cover.Open", duration(id, durationOrNull), false));
    }

    public RpcResult<Void> closeCover(int id, Duration durationOrNull) {
        return RpcCalls.done(channel.call("Cover.Close", duration(id, durationOrNull), false));
    }

    public RpcResult<Void> stopCover(int id) {
        return RpcCalls.done(channel.call("Cover.Stop", RpcCalls.id(id), false));
    }

    public RpcResult<Void> moveCover(int id, int position) {
        ObjectNode params = RpcCalls.id(id);
        params.put("pos", position);
        return RpcCalls.done(channel.call("Cover.GoToPosition", params, false));
    }

    public RpcResult<Void> calibrateCover(int id) {
        return RpcCalls.done(channel.call("Cover.Calibrate", RpcCalls.id(id), false));
    }

    /** {@code Light.Set}, {@code RGB.Set}, {@code RGBW.Set} or {@code CCT.Set}, by {@code type}. */
    public RpcResult<Void> setLight(ComponentType type, LightCommand command) {
        ObjectNode params = RpcCalls.id(command.channel());
        if (command.on() != null) {
            params.put("on", command.on());
        }
        if (command.brightness() != null) {
            params.put("brightness", command.brightness());
        }
        if (command.color() != null) {
            params.putArray("rgb").add(command.color().red()).add(command.color().green()).add(command.color().blue());
            if (type == ComponentType.RGBW) {
                params.put("white", command.color().white());
            }
        }
        if (command.colorTempK() != null) {
            params.put("ct", command.colorTempK());
        }
        if (command.transition() != null) {
            params.put("transition_duration", command.transition().toMillis() / 1000.0);
        }
        return RpcCalls.done(channel.call(type.method("Set"), params, false));
    }

    public RpcResult<Void> toggleLight(ComponentType type, int id) {
        return RpcCalls.done(channel.call(type.method("Toggle"), RpcCalls.id(id), false));
    }

    /** {@code Input.Trigger}: makes an input emit an event such as {@code single_push}. */
    public RpcResult<Void> triggerInput(int id, String event) {
        ObjectNode params = RpcCalls.id(id);
        params.put("event_type", event);
        return RpcCalls.done(channel.call("Input.Trigger", params, false));
    }

    private static ObjectNode duration(int id, Duration durationOrNull) {
        ObjectNode params = RpcCalls.id(id);
        if (durationOrNull != null) {
            params.put("duration", durationOrNull.toMillis() / 1000.0);
        }
        return params;
    }
}

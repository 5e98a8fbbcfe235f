package org.shellymanager.simulator.rpc;

import org.shellymanager.simulator.core.VirtualDevice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One method call: the device, its params (an object, possibly empty) and the channel's name for {@code source}. */
record RpcCall(VirtualDevice device, ObjectNode params, String source) {

    int id() {
        JsonNode id = params.get("id");
        if (id == null || !id.isNumber()) {
            throw RpcException.invalid("Missing required 'id'");
        }
        return id.asInt();
    }

    int idOrZero() {
        return params.path("id").asInt(0);
    }

    boolean bool(String name) {
        JsonNode value = params.get(name);
        if (value == null || !value.isBoolean()) {
            throw RpcException.invalid("Missing required '" + name + "'");
        }
        return value.asBoolean();
    }

    long now() {
        return device.nowMs();
    }
}

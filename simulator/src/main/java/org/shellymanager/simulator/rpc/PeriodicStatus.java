package org.shellymanager.simulator.rpc;

import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a device's periodic {@code NotifyStatus} carries: the energy counters of every metered component (they
 * advance each minute) and the clock and memory fields of {@code sys}.
 */
final class PeriodicStatus {

    private PeriodicStatus() {
    }

    static ObjectNode of(VirtualDevice device) {
        ObjectNode status = RpcStatus.all(device);
        ObjectNode params = Yaml.MAPPER.createObjectNode();
        for (String key : status.propertyNames()) {
            JsonNode component = status.get(key);
            if (component.has("aenergy")) {
                ObjectNode change = params.putObject(key).put("id", component.path("id").asInt());
                change.set("aenergy", component.get("aenergy"));
                if (component.has("ret_aenergy")) {
                    change.set("ret_aenergy", component.get("ret_aenergy"));
                }
            } else if (key.startsWith("emdata:") || key.startsWith("em1data:")) {
                params.set(key, component);
            }
        }
        JsonNode sys = status.path("sys");
        params.putObject("sys").put("time", sys.path("time").asString()).put("unixtime", sys.path("unixtime").asLong())
                .put("uptime", sys.path("uptime").asLong()).put("ram_free", sys.path("ram_free").asLong());
        return params;
    }
}

package org.shellymanager.device.rpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shellymanager.device.model.Component;
import org.shellymanager.device.model.DeviceStatus;
import tools.jackson.databind.JsonNode;

/** Maps a Gen2+ {@code Shelly.GetStatus} result (or a merged notification state) to our model. A pure function. */
public final class RpcStatusMapper {

    private RpcStatusMapper() {
    }

    public static DeviceStatus map(JsonNode status) {
        List<Component> components = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : status.properties()) {
            if (entry.getValue().isObject()) {
                components.add(RpcComponentMapper.map(entry.getKey(), entry.getValue()));
            }
        }
        return new DeviceStatus(components, status);
    }
}

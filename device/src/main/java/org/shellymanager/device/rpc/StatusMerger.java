package org.shellymanager.device.rpc;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a {@code NotifyStatus} on top of the last known status: changed fields replace old ones, nested objects
 * are merged, and a {@code null} removes the key. {@code ts} is not part of the status. A pure function.
 */
public final class StatusMerger {

    private StatusMerger() {
    }

    public static ObjectNode merge(JsonNode last, JsonNode change) {
        ObjectNode merged = last.isObject() ? ((ObjectNode) last).deepCopy() : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : change.properties()) {
            if (!"ts".equals(entry.getKey())) {
                apply(merged, entry.getKey(), entry.getValue());
            }
        }
        return merged;
    }

    private static void apply(ObjectNode target, String key, JsonNode value) {
        if (value.isNull()) {
            target.remove(key);
        } else if (value.isObject() && target.path(key).isObject()) {
            ObjectNode child = (ObjectNode) target.get(key);
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                apply(child, entry.getKey(), entry.getValue());
            }
        } else {
            target.set(key, value.deepCopy());
        }
    }
}

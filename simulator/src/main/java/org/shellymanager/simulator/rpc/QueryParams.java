package org.shellymanager.simulator.rpc;

import java.util.Map;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /rpc/<Method>?id=0&on=true}: each value is parsed as JSON, and kept as a string when it is not JSON. */
final class QueryParams {

    private QueryParams() {
    }

    static ObjectNode parse(Map<String, String> query) {
        ObjectNode params = Yaml.MAPPER.createObjectNode();
        for (Map.Entry<String, String> entry : query.entrySet()) {
            try {
                params.set(entry.getKey(), Yaml.MAPPER.readTree(entry.getValue()));
            } catch (JacksonException e) {
                params.put(entry.getKey(), entry.getValue());
            }
        }
        return params;
    }
}

package org.shellymanager.device.rpc;

import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.RpcResult;
import tools.jackson.databind.JsonNode;

/** A way to send JSON-RPC calls to one device: {@code POST /rpc} or the WebSocket. */
public interface RpcChannel {

    DeviceAddress address();

    /**
     * Calls a method. {@code params} may be null. {@code idempotent} allows a retry after a timeout.
     * The result value is the {@code result} member, a JSON null node when the device answers {@code null}.
     */
    RpcResult<JsonNode> call(String method, JsonNode params, boolean idempotent);
}

package org.shellymanager.device.rpc;

import org.shellymanager.device.RpcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code Schedule.*} methods. A job is {@code {enable, timespec, calls:[{method, params}]}}; timespec has seconds first. */
public final class ScheduleService {

    private final RpcChannel channel;

    public ScheduleService(RpcChannel channel) {
        this.channel = channel;
    }

    /** Answers {@code {id, rev}}. */
    public RpcResult<JsonNode> create(JsonNode job) {
        return channel.call("Schedule.Create", job, false);
    }

    /** {@code job} must carry the {@code id}; answers {@code {rev}}. */
    public RpcResult<JsonNode> update(JsonNode job) {
        return channel.call("Schedule.Update", job, false);
    }

    /** {@code {jobs, rev}}. */
    public RpcResult<JsonNode> list() {
        return channel.call("Schedule.List", null, true);
    }

    public RpcResult<JsonNode> delete(int id) {
        return channel.call("Schedule.Delete", RpcCalls.id(id), false);
    }

    public RpcResult<JsonNode> deleteAll() {
        ObjectNode none = RpcCalls.params();
        return channel.call("Schedule.DeleteAll", none, false);
    }
}

package org.shellymanager.device.rpc;

import org.shellymanager.device.RpcResult;
import tools.jackson.databind.JsonNode;

/** The {@code Webhook.*} methods. A hook is {@code {cid, enable, event, name, urls[], ...}}. */
public final class WebhookService {

    private final RpcChannel channel;

    public WebhookService(RpcChannel channel) {
        this.channel = channel;
    }

    /** Answers {@code {id, rev}}. */
    public RpcResult<JsonNode> create(JsonNode hook) {
        return channel.call("Webhook.Create", hook, false);
    }

    public RpcResult<JsonNode> update(JsonNode hook) {
        return channel.call("Webhook.Update", hook, false);
    }

    /** {@code {hooks, rev}}. */
    public RpcResult<JsonNode> list() {
        return channel.call("Webhook.List", null, true);
    }

    /** The events hooks can be set on: {@code {types:{...}}}. */
    public RpcResult<JsonNode> listSupported() {
        return channel.call("Webhook.ListSupported", null, true);
    }

    public RpcResult<JsonNode> delete(int id) {
        return channel.call("Webhook.Delete", RpcCalls.id(id), false);
    }

    public RpcResult<JsonNode> deleteAll() {
        return channel.call("Webhook.DeleteAll", null, false);
    }
}

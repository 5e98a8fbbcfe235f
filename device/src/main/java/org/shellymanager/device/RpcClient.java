package org.shellymanager.device;

import java.time.Duration;
import java.util.List;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.Capabilities;
import org.shellymanager.device.model.DeviceConfig;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.model.LightComponent;
import org.shellymanager.device.rpc.ComponentService;
import org.shellymanager.device.rpc.ComponentType;
import org.shellymanager.device.rpc.KvsService;
import org.shellymanager.device.rpc.RpcChannel;
import org.shellymanager.device.rpc.RpcStatusMapper;
import org.shellymanager.device.rpc.RpcWebSocket;
import org.shellymanager.device.rpc.ScheduleService;
import org.shellymanager.device.rpc.ScriptService;
import org.shellymanager.device.rpc.ShellyService;
import org.shellymanager.device.rpc.SystemService;
import org.shellymanager.device.rpc.WebhookService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A Gen2, Gen3 or Gen4 device (JSON-RPC 2.0 over {@code POST /rpc}; a WebSocket for notifications on request). */
public final class RpcClient implements ShellyClient {

    private final DeviceIdentity identity;
    private final RpcChannel channel;
    private final RpcWebSocket.Factory webSockets;

    RpcClient(DeviceIdentity identity, RpcChannel channel, RpcWebSocket.Factory webSockets) {
        this.identity = identity;
        this.channel = channel;
        this.webSockets = webSockets;
    }

    @Override
    public DeviceIdentity identity() {
        return identity;
    }

    @Override
    public DeviceAddress address() {
        return channel.address();
    }

    /** Any method, for everything without a typed call. Not repeated after a timeout. */
    public RpcResult<JsonNode> call(String method, JsonNode paramsOrNull) {
        return channel.call(method, paramsOrNull, false);
    }

    /** A method that only reads, so it may be repeated after a timeout. */
    public RpcResult<JsonNode> read(String method, JsonNode paramsOrNull) {
        return channel.call(method, paramsOrNull, true);
    }

    public ShellyService shelly() {
        return new ShellyService(channel);
    }

    public ComponentService components() {
        return new ComponentService(channel);
    }

    public ScriptService scripts() {
        return new ScriptService(channel);
    }

    public ScheduleService schedules() {
        return new ScheduleService(channel);
    }

    public WebhookService webhooks() {
        return new WebhookService(channel);
    }

    public KvsService kvs() {
        return new KvsService(channel);
    }

    public RpcResult<JsonNode> getConfig(SystemService service) {
        return channel.call(service.method("GetConfig"), null, true);
    }

    public RpcResult<JsonNode> getStatus(SystemService service) {
        return channel.call(service.method("GetStatus"), null, true);
    }

    /** {@code <Service>.SetConfig {config}}; answers whether the device must restart for it to apply. */
    public RpcResult<Boolean> setConfig(SystemService service, JsonNode config) {
        ObjectNode params = Json.object();
        params.set("config", config);
        return channel.call(service.method("SetConfig"), params, false)
                .map(result -> result.path("restart_required").asBoolean(false));
    }

    /**
     * Opens a WebSocket to the device: calls can go over it, and notifications keep a merged status that the
     * listener sees after every change. It reconnects on its own until closed.
     */
    public RpcWebSocket openWebSocket(DeviceEventListener listener) {
        return webSockets.open(identity, listener);
    }

    @Override
    public DeviceStatus status() {
        return RpcStatusMapper.map(shelly().getStatus().orThrow(address(), "Shelly.GetStatus"));
    }

    @Override
    public DeviceConfig config() {
        JsonNode config = shelly().getConfig().orThrow(address(), "Shelly.GetConfig");
        return new DeviceConfig(Json.text(config.path("sys").path("device"), "name"), config);
    }

    @Override
    public Capabilities capabilities() {
        List<String> profiles = identity.profile() == null ? List.of()
                : shelly().listProfiles().find().orElse(List.of(identity.profile()));
        boolean scripts = !"WallDisplay".equals(identity.app());
        return Capabilities.from(status(), identity.profile(), profiles, scripts);
    }

    @Override
    public RpcResult<Void> reboot() {
        return shelly().reboot();
    }

    @Override
    public FirmwareUpdateInfo checkForUpdate() {
        JsonNode offer = shelly().checkForUpdate().orThrow(address(), "Shelly.CheckForUpdate");
        return new FirmwareUpdateInfo(identity.firmwareVersion(), Json.text(offer.path("stable"), "version"),
                Json.text(offer.path("beta"), "version"));
    }

    @Override
    public RpcResult<Void> startUpdate(UpdateTarget target) {
        return switch (target) {
            case UpdateTarget.Stable s -> shelly().update("stable", null);
            case UpdateTarget.Beta b -> shelly().update("beta", null);
            case UpdateTarget.Url(var url) -> shelly().update(null, url.toString());
        };
    }

    @Override
    public RpcResult<Void> setSwitch(int channelIndex, boolean on, Duration timerOrNull) {
        return components().setSwitch(channelIndex, on, timerOrNull).map(wasOn -> null);
    }

    @Override
    public RpcResult<Void> toggleSwitch(int channelIndex) {
        return components().toggleSwitch(channelIndex).map(wasOn -> null);
    }

    @Override
    public RpcResult<Void> openCover(int channelIndex) {
        return components().openCover(channelIndex, null);
    }

    @Override
    public RpcResult<Void> closeCover(int channelIndex) {
        return components().closeCover(channelIndex, null);
    }

    @Override
    public RpcResult<Void> stopCover(int channelIndex) {
        return components().stopCover(channelIndex);
    }

    @Override
    public RpcResult<Void> moveCover(int channelIndex, int positionPercent) {
        if (positionPercent < 0 || positionPercent > 100) {
            throw new IllegalArgumentException("position must be 0-100, was " + positionPercent);
        }
        return components().moveCover(channelIndex, positionPercent);
    }

    /** Sends {@code Light.Set}, {@code RGB.Set}, {@code RGBW.Set} or {@code CCT.Set}, whichever the device has at that channel. */
    @Override
    public RpcResult<Void> setLight(LightCommand command) {
        ComponentType type = status().all(LightComponent.class).stream()
                .filter(light -> light.id() == command.channel())
                .map(light -> ComponentType.forKind(light.lightKind().name()).orElse(ComponentType.LIGHT))
                .findFirst()
                .orElse(command.color() != null ? ComponentType.RGBW : ComponentType.LIGHT);
        return components().setLight(type, command);
    }

    @Override
    public RpcResult<Void> setName(String name) {
        ObjectNode config = Json.object();
        config.putObject("device").put("name", name);
        return setConfig(SystemService.SYS, config).map(restart -> null);
    }

    @Override
    public RpcResult<Void> setCloudEnabled(boolean enabled) {
        ObjectNode config = Json.object();
        config.put("enable", enabled);
        return setConfig(SystemService.CLOUD, config).map(restart -> null);
    }

    @Override
    public RpcResult<Void> setWifiStation(WifiStation station) {
        ObjectNode sta = Json.object();
        sta.put("enable", station.enabled());
        if (station.ssid() != null) {
            sta.put("ssid", station.ssid());
        }
        if (station.password() != null) {
            sta.put("pass", station.password());
        }
        sta.put("ipv4mode", station.isStatic() ? "static" : "dhcp");
        if (station.isStatic()) {
            sta.put("ip", station.ip());
            sta.put("netmask", station.netmask());
            sta.put("gw", station.gateway());
            if (station.dns() != null) {
                sta.put("nameserver", station.dns());
            }
        }
        ObjectNode config = Json.object();
        config.set(station.backup() ? "sta1" : "sta", sta);
        return setConfig(SystemService.WIFI, config).map(restart -> null);
    }

    @Override
    public RpcResult<Void> setMqtt(MqttSettings settings) {
        ObjectNode config = Json.object();
        config.put("enable", settings.enabled());
        if (settings.server() != null) {
            config.put("server", settings.server());
        }
        if (settings.user() != null) {
            config.put("user", settings.user());
        }
        if (settings.password() != null) {
            config.put("pass", settings.password());
        }
        if (settings.clientId() != null) {
            config.put("client_id", settings.clientId());
        }
        return setConfig(SystemService.MQTT, config).map(restart -> null);
    }

    @Override
    public RpcResult<Void> setPassword(String passwordOrNull) {
        return shelly().setAuth(identity.realm(), passwordOrNull);
    }

    @Override
    public void close() {
        // Plain HTTP calls hold nothing open; WebSockets are closed by their owners.
    }
}

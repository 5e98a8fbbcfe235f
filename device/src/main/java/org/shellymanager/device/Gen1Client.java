package org.shellymanager.device;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shellymanager.device.gen1.Gen1Channel;
import org.shellymanager.device.gen1.Gen1SettingNames;
import org.shellymanager.device.gen1.Gen1StatusMapper;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.Capabilities;
import org.shellymanager.device.model.DeviceConfig;
import org.shellymanager.device.model.DeviceStatus;
import tools.jackson.databind.JsonNode;

/** A Gen1 device (REST over HTTP, Basic auth). */
public final class Gen1Client implements ShellyClient {

    /** Models with a {@code color} and a {@code white} mode (protocol reference 1.2, 1.6); others use {@code /light/N}. */
    private static final Set<String> COLOR_WHITE_MODELS = Set.of("SHRGBW2", "SHBLB-1", "SHCB-1");

    private final DeviceIdentity identity;
    private final Gen1Channel channel;
    private final String loginUser;

    Gen1Client(DeviceIdentity identity, Gen1Channel channel, Credentials credentials) {
        this.identity = identity;
        this.channel = channel;
        this.loginUser = credentials == null ? Credentials.RPC_USER : credentials.username();
    }

    @Override
    public DeviceIdentity identity() {
        return identity;
    }

    @Override
    public DeviceAddress address() {
        return channel.address();
    }

    /** Any Gen1 endpoint; {@code read} marks a request that may be repeated after a timeout. */
    public RpcResult<JsonNode> get(String path, Map<String, ?> params, boolean read) {
        return channel.get(path, params, read);
    }

    private JsonNode read(String path) {
        return channel.get(path, Map.of(), true).orThrow(address(), "GET " + path);
    }

    private RpcResult<Void> command(String path, Map<String, ?> params) {
        return channel.get(path, params, false).map(ignored -> null);
    }

    @Override
    public DeviceStatus status() {
        return Gen1StatusMapper.map(read("/status"));
    }

    /** The raw {@code /settings}. */
    public JsonNode settings() {
        return read("/settings");
    }

    @Override
    public DeviceConfig config() {
        JsonNode settings = settings();
        return new DeviceConfig(Json.text(settings, "name"), settings);
    }

    @Override
    public Capabilities capabilities() {
        String mode = Json.text(settings(), "mode");
        List<String> profiles = switch (mode == null ? "" : mode) {
            case "relay", "roller" -> List.of("relay", "roller");
            case "color", "white" -> COLOR_WHITE_MODELS.contains(identity.model()) ? List.of("color", "white") : List.of();
            default -> List.of();
        };
        return Capabilities.from(status(), mode, profiles, false);
    }

    @Override
    public RpcResult<Void> reboot() {
        return command("/reboot", Map.of());
    }

    @Override
    public FirmwareUpdateInfo checkForUpdate() {
        channel.get("/ota/check", Map.of(), false).orThrow(address(), "GET /ota/check");
        JsonNode ota = read("/ota");
        String current = versionOf(Json.text(ota, "old_version"));
        String stable = Json.flag(ota, "has_update") ? versionOf(Json.text(ota, "new_version")) : null;
        String beta = versionOf(Json.text(ota, "beta_version"));
        return new FirmwareUpdateInfo(current == null ? identity.firmwareVersion() : current, stable,
                beta != null && !beta.equals(current) ? beta : null);
    }

    /** {@code /ota} names full firmware ids; the offer is given in versions, as {@link DeviceIdentity#firmwareVersion()}. */
    private static String versionOf(String firmwareIdOrNull) {
        return firmwareIdOrNull == null ? null : IdentityReader.gen1Version(firmwareIdOrNull);
    }

    @Override
    public RpcResult<Void> startUpdate(UpdateTarget target) {
        return switch (target) {
            case UpdateTarget.Stable s -> command("/ota", Map.of("update", "true"));
            case UpdateTarget.Beta b -> command("/ota", Map.of("beta", "true"));
            case UpdateTarget.Url(var url) -> command("/ota", Map.of("url", url.toString()));
        };
    }

    @Override
    public RpcResult<Void> setSwitch(int channelIndex, boolean on, Duration timerOrNull) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("turn", on ? "on" : "off");
        if (timerOrNull != null) {
            params.put("timer", timerOrNull.toSeconds());
        }
        return command("/relay/" + channelIndex, params);
    }

    @Override
    public RpcResult<Void> toggleSwitch(int channelIndex) {
        return command("/relay/" + channelIndex, Map.of("turn", "toggle"));
    }

    @Override
    public RpcResult<Void> openCover(int channelIndex) {
        return command("/roller/" + channelIndex, Map.of("go", "open"));
    }

    @Override
    public RpcResult<Void> closeCover(int channelIndex) {
        return command("/roller/" + channelIndex, Map.of("go", "close"));
    }

    @Override
    public RpcResult<Void> stopCover(int channelIndex) {
        return command("/roller/" + channelIndex, Map.of("go", "stop"));
    }

    @Override
    public RpcResult<Void> moveCover(int channelIndex, int positionPercent) {
        if (positionPercent < 0 || positionPercent > 100) {
            throw new IllegalArgumentException("position must be 0-100, was " + positionPercent);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("go", "to_pos");
        params.put("roller_pos", positionPercent);
        return command("/roller/" + channelIndex, params);
    }

    /** Sets a light on {@code /light/N} (dimmers, Duo, Vintage), or {@code /color/N} or {@code /white/N} by the mode of colour models. */
    @Override
    public RpcResult<Void> setLight(LightCommand command) {
        String mode = COLOR_WHITE_MODELS.contains(identity.model()) ? Json.text(settings(), "mode") : null;
        String path = command.color() != null || "color".equals(mode) ? "/color/"
                : "white".equals(mode) ? "/white/" : "/light/";
        Map<String, Object> params = new LinkedHashMap<>();
        if (command.on() != null) {
            params.put("turn", command.on() ? "on" : "off");
        }
        if (command.color() != null) {
            params.put("red", command.color().red());
            params.put("green", command.color().green());
            params.put("blue", command.color().blue());
            params.put("white", command.color().white());
        }
        if (command.brightness() != null) {
            params.put("/color/".equals(path) ? "gain" : "brightness", command.brightness());
        }
        if (command.colorTempK() != null) {
            params.put("temp", command.colorTempK());
        }
        if (command.transition() != null) {
            params.put("transition", command.transition().toMillis());
        }
        return command(path + command.channel(), params);
    }

    @Override
    public RpcResult<Void> setName(String name) {
        return command("/settings", Map.of("name", name));
    }

    @Override
    public RpcResult<Void> setCloudEnabled(boolean enabled) {
        return command("/settings/cloud", Map.of("enabled", enabled ? 1 : 0));
    }

    @Override
    public RpcResult<Void> setWifiStation(WifiStation station) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("enabled", station.enabled() ? 1 : 0);
        if (station.ssid() != null) {
            params.put("ssid", station.ssid());
        }
        if (station.password() != null) {
            params.put("key", station.password());
        }
        params.put("ipv4_method", station.isStatic() ? "static" : "dhcp");
        if (station.isStatic()) {
            params.put("ip", station.ip());
            params.put("netmask", station.netmask());
            params.put("gateway", station.gateway());
            if (station.dns() != null) {
                params.put("dns", station.dns());
            }
        }
        return command(station.backup() ? "/settings/sta1" : "/settings/sta", params);
    }

    /** MQTT lives in top-level {@code /settings?mqtt_*}; there is no {@code /settings/mqtt}. */
    @Override
    public RpcResult<Void> setMqtt(MqttSettings settings) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("mqtt_enable", settings.enabled());
        if (settings.server() != null) {
            params.put("mqtt_server", settings.server());
        }
        if (settings.user() != null) {
            params.put("mqtt_user", settings.user());
        }
        if (settings.password() != null) {
            params.put("mqtt_pass", settings.password());
        }
        if (settings.clientId() != null) {
            params.put("mqtt_id", settings.clientId());
        }
        return command("/settings", params);
    }

    @Override
    public RpcResult<Void> setPassword(String passwordOrNull) {
        if (passwordOrNull == null) {
            return command("/settings/login", Map.of("enabled", 0));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("enabled", 1);
        params.put("unprotected", 0);
        params.put("username", loginUser);
        params.put("password", passwordOrNull);
        return command("/settings/login", params);
    }

    /** The device access point: on with an SSID and key, or off. */
    public RpcResult<Void> setAccessPoint(boolean enabled, String ssidOrNull, String keyOrNull) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("enabled", enabled ? 1 : 0);
        if (ssidOrNull != null) {
            params.put("ssid", ssidOrNull);
        }
        if (keyOrNull != null) {
            params.put("key", keyOrNull);
        }
        return command("/settings/ap", params);
    }

    /** CoIoT on or off, with a unicast peer {@code host:port} or null for multicast. */
    public RpcResult<Void> setCoiot(boolean enabled, String peerOrNull) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("coiot_enable", enabled);
        params.put("coiot_peer", peerOrNull == null ? "" : peerOrNull);
        return command("/settings/advanced", params);
    }

    /** Changes relay settings given under the names {@code /settings} shows (e.g. {@code button_type}). */
    public RpcResult<JsonNode> setRelaySettings(int channelIndex, Map<String, ?> settingsAsRead) {
        return channel.get("/settings/relay/" + channelIndex, Gen1SettingNames.toSetterParams(settingsAsRead), false);
    }

    public RpcResult<JsonNode> setRollerSettings(int channelIndex, Map<String, ?> settingsAsRead) {
        return channel.get("/settings/roller/" + channelIndex, Gen1SettingNames.toSetterParams(settingsAsRead), false);
    }

    public RpcResult<JsonNode> setLightSettings(int channelIndex, Map<String, ?> settingsAsRead) {
        return channel.get("/settings/light/" + channelIndex, Gen1SettingNames.toSetterParams(settingsAsRead), false);
    }

    /** Top-level settings (e.g. {@code mode}, {@code led_status_disable}, {@code sntp.server}) under their read names. */
    public RpcResult<JsonNode> setSettings(Map<String, ?> settingsAsRead) {
        return channel.get("/settings", Gen1SettingNames.toSetterParams(settingsAsRead), false);
    }

    @Override
    public void close() {
        // Gen1 clients hold no connection of their own; the HTTP client belongs to ShellyDevices.
    }
}

package org.shellymanager.device;

import org.shellymanager.device.auth.DigestSession;
import org.shellymanager.device.auth.NonceRegime;
import org.shellymanager.device.gen1.Gen1Channel;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.rpc.HttpRpcChannel;
import org.shellymanager.device.rpc.RpcWebSocket;
import org.shellymanager.device.transport.HttpCall;
import org.shellymanager.device.transport.HttpReply;
import org.shellymanager.device.transport.HttpTransport;

/**
 * The entry point: identifies devices and hands out clients for them. Create one per application and share it;
 * it owns the HTTP client and the per-device request limits. Thread-safe.
 *
 * <pre>{@code
 * try (ShellyDevices devices = ShellyDevices.create()) {
 *     ShellyClient client = devices.connect(DeviceAddress.parse("192.168.1.20"), Credentials.admin("secret"));
 *     client.setSwitch(0, true, null);
 * }
 * }</pre>
 */
public final class ShellyDevices implements AutoCloseable {

    private final HttpTransport transport;

    private ShellyDevices(ClientOptions options) {
        this.transport = new HttpTransport(options);
    }

    public static ShellyDevices create() {
        return new ShellyDevices(ClientOptions.defaults());
    }

    public static ShellyDevices create(ClientOptions options) {
        return new ShellyDevices(options);
    }

    public ClientOptions options() {
        return transport.options();
    }

    /** {@code GET /shelly}: generation, model, MAC, firmware, whether login is needed. Never needs credentials. */
    public DeviceIdentity identify(DeviceAddress address) {
        HttpReply reply = transport.send(address, Generation.GEN1, HttpCall.get("/shelly", true));
        if (!reply.isSuccess()) {
            throw new MalformedReplyException(address, "/shelly answered HTTP " + reply.status());
        }
        return IdentityReader.read(address, Json.parseOrNull(reply.body()));
    }

    /** Identifies the device and returns the client for its generation. */
    public ShellyClient connect(DeviceAddress address, Credentials credentialsOrNull) {
        return connect(identify(address), address, credentialsOrNull);
    }

    /** The client for an already identified device, without another round trip. */
    public ShellyClient connect(DeviceIdentity identity, DeviceAddress address, Credentials credentialsOrNull) {
        if (identity.generation() == Generation.GEN1) {
            return new Gen1Client(identity, new Gen1Channel(transport, address, credentialsOrNull), credentialsOrNull);
        }
        DigestSession session = credentialsOrNull == null ? null
                : new DigestSession(credentialsOrNull, NonceRegime.forFirmware(identity.firmwareVersion()));
        HttpRpcChannel channel = new HttpRpcChannel(transport, address, identity, session);
        RpcWebSocket.Factory webSockets = (id, listener) -> RpcWebSocket.open(transport, address, id,
                credentialsOrNull == null ? null
                        : new DigestSession(credentialsOrNull, NonceRegime.forFirmware(id.firmwareVersion())),
                listener);
        return new RpcClient(identity, channel, webSockets);
    }

    @Override
    public void close() {
        transport.close();
    }
}

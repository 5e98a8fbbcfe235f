package org.shellymanager.device;

import java.time.Duration;
import org.shellymanager.device.model.Capabilities;
import org.shellymanager.device.model.DeviceConfig;
import org.shellymanager.device.model.DeviceStatus;

/**
 * A connection to one device, the same for every generation. Reads throw {@link DeviceRejectedException} when
 * the device answers with an error; commands return the device's answer as an {@link RpcResult}.
 * Transport failures are {@link DeviceException}s. For generation-specific calls, switch over the two kinds:
 * {@code switch (client) { case Gen1Client g1 -> ...; case RpcClient rpc -> ...; }}.
 */
public sealed interface ShellyClient extends AutoCloseable permits Gen1Client, RpcClient {

    DeviceIdentity identity();

    DeviceAddress address();

    DeviceStatus status();

    DeviceConfig config();

    Capabilities capabilities();

    RpcResult<Void> reboot();

    FirmwareUpdateInfo checkForUpdate();

    RpcResult<Void> startUpdate(UpdateTarget target);

    /** Turns an output on or off; with a timer, it flips back after that time. */
    RpcResult<Void> setSwitch(int channel, boolean on, Duration timerOrNull);

    RpcResult<Void> toggleSwitch(int channel);

    RpcResult<Void> openCover(int channel);

    RpcResult<Void> closeCover(int channel);

    RpcResult<Void> stopCover(int channel);

    /** Moves a calibrated cover to a position, 0 closed ... 100 open. */
    RpcResult<Void> moveCover(int channel, int positionPercent);

    RpcResult<Void> setLight(LightCommand command);

    RpcResult<Void> setName(String name);

    RpcResult<Void> setCloudEnabled(boolean enabled);

    RpcResult<Void> setWifiStation(WifiStation station);

    RpcResult<Void> setMqtt(MqttSettings settings);

    /** Turns device login on with this password, or off with null (Gen1 user from the connect credentials or {@code admin}). */
    RpcResult<Void> setPassword(String passwordOrNull);

    /** Releases what this client holds (open WebSockets); the shared HTTP client stays with {@link ShellyDevices}. */
    @Override
    void close();
}

package org.shellymanager.device.transport;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shellymanager.device.DeviceAddress;

/** Pins held for the life of the process; use a persistent store to keep them across restarts. */
public final class InMemoryCertificatePinStore implements CertificatePinStore {

    private final Map<DeviceAddress, String> pins = new ConcurrentHashMap<>();

    @Override
    public Optional<String> findPin(DeviceAddress address) {
        return Optional.ofNullable(pins.get(address));
    }

    @Override
    public void savePin(DeviceAddress address, String sha256Fingerprint) {
        pins.putIfAbsent(address, sha256Fingerprint);
    }
}

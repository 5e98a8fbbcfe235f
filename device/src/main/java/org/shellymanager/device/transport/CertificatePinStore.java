package org.shellymanager.device.transport;

import java.util.Optional;
import org.shellymanager.device.DeviceAddress;

/**
 * Where the fingerprint of each device's HTTPS certificate is kept. The first certificate a device shows is
 * pinned; a different one later is refused. Implementations must be safe for concurrent use.
 */
public interface CertificatePinStore {

    /** The pinned SHA-256 fingerprint (64 lower-case hex digits) for the device at this address, if any. */
    Optional<String> findPin(DeviceAddress address);

    /** Pins a fingerprint for an address that has none yet. */
    void savePin(DeviceAddress address, String sha256Fingerprint);
}

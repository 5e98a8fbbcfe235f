package org.shellymanager.manager.discovery;

import java.util.Objects;

import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceIdentity;

/** What probing one address found. */
public sealed interface ScanResult {

    DeviceAddress address();

    /**
     * A Shelly device that can be managed now: it needs no login, or the credentials given with the scan were
     * accepted ({@code credentialsAccepted}).
     */
    record Found(DeviceAddress address, DeviceIdentity identity, boolean credentialsAccepted) implements ScanResult {
        public Found {
            Objects.requireNonNull(address);
            Objects.requireNonNull(identity);
        }
    }

    /** A Shelly device that requires a login, and no credentials were given or the given ones were refused. */
    record NeedsCredentials(DeviceAddress address, DeviceIdentity identity) implements ScanResult {
        public NeedsCredentials {
            Objects.requireNonNull(address);
            Objects.requireNonNull(identity);
        }
    }

    /** Something answered, but not as a Shelly device does. */
    record NotShelly(DeviceAddress address, String reason) implements ScanResult {
        public NotShelly {
            Objects.requireNonNull(address);
            Objects.requireNonNull(reason);
        }
    }

    /** Nothing answered in time: refused, reset, no route, or silent until the timeout. */
    record Unreachable(DeviceAddress address, String reason) implements ScanResult {
        public Unreachable {
            Objects.requireNonNull(address);
            Objects.requireNonNull(reason);
        }
    }
}

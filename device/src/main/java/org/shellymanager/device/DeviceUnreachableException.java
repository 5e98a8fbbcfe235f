package org.shellymanager.device;

/** The device could not be reached: connection refused or reset, no route, unknown host. */
public final class DeviceUnreachableException extends DeviceException {

    public DeviceUnreachableException(DeviceAddress address, String message, Throwable cause) {
        super(address, message, cause);
    }

    public DeviceUnreachableException(DeviceAddress address, String message) {
        super(address, message, null);
    }
}

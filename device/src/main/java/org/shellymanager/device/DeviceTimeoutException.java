package org.shellymanager.device;

/** The device did not connect or answer in time. */
public final class DeviceTimeoutException extends DeviceException {

    public DeviceTimeoutException(DeviceAddress address, String message, Throwable cause) {
        super(address, message, cause);
    }

    public DeviceTimeoutException(DeviceAddress address, String message) {
        super(address, message, null);
    }
}

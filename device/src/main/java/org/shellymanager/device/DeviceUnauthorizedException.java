package org.shellymanager.device;

/** The device refused the credentials (or none were given for a protected device). */
public final class DeviceUnauthorizedException extends DeviceException {

    public DeviceUnauthorizedException(DeviceAddress address, String message, Throwable cause) {
        super(address, message, cause);
    }

    public DeviceUnauthorizedException(DeviceAddress address, String message) {
        super(address, message, null);
    }
}

package org.shellymanager.device;

/** The device answered with something that is not the expected protocol (bad JSON, wrong shape, bad challenge). */
public final class MalformedReplyException extends DeviceException {

    public MalformedReplyException(DeviceAddress address, String message, Throwable cause) {
        super(address, message, cause);
    }

    public MalformedReplyException(DeviceAddress address, String message) {
        super(address, message, null);
    }
}

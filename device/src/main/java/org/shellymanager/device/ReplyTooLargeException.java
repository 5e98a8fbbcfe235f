package org.shellymanager.device;

/** The reply was larger than the configured cap; reading stopped at the cap. */
public final class ReplyTooLargeException extends DeviceException {

    public ReplyTooLargeException(DeviceAddress address, String message, Throwable cause) {
        super(address, message, cause);
    }

    public ReplyTooLargeException(DeviceAddress address, String message) {
        super(address, message, null);
    }
}

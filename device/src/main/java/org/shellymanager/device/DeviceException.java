package org.shellymanager.device;

/**
 * A failure to talk to a device. Subtypes tell the cause apart; callers never need to read the message.
 * What a device answers with an error code is not an exception but an {@link RpcResult.DeviceError}.
 */
public abstract sealed class DeviceException extends RuntimeException
        permits DeviceUnreachableException, DeviceTimeoutException, DeviceUnauthorizedException,
        MalformedReplyException, ReplyTooLargeException, CertificateMismatchException, DeviceRejectedException {

    private final transient DeviceAddress address;

    protected DeviceException(DeviceAddress address, String message, Throwable cause) {
        super(address + ": " + message, cause);
        this.address = address;
    }

    public DeviceAddress address() {
        return address;
    }
}

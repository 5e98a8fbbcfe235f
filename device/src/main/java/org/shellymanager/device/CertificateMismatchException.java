package org.shellymanager.device;

/** The device's HTTPS certificate differs from the one pinned on first use; the connection was refused. */
public final class CertificateMismatchException extends DeviceException {

    public CertificateMismatchException(DeviceAddress address, String message, Throwable cause) {
        super(address, message, cause);
    }

    public CertificateMismatchException(DeviceAddress address, String message) {
        super(address, message, null);
    }
}

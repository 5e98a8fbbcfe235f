package org.shellymanager.manager.discovery;

import org.shellymanager.device.CertificateMismatchException;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.DeviceRejectedException;
import org.shellymanager.device.DeviceTimeoutException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.DeviceUnreachableException;
import org.shellymanager.device.MalformedReplyException;
import org.shellymanager.device.ReplyTooLargeException;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Probes one address: identifies what answers and, for a device that requires a login, checks the credentials. */
final class AddressScannerProbe {

    private static final Logger log = LoggerFactory.getLogger(AddressScannerProbe.class);

    private final ShellyDevices devices;
    private final Credentials credentials;

    AddressScannerProbe(ShellyDevices devices, Credentials credentialsOrNull) {
        this.devices = devices;
        this.credentials = credentialsOrNull;
    }

    ScanResult probe(DeviceAddress address) {
        DeviceIdentity identity;
        try {
            identity = devices.identify(address);
        } catch (DeviceException e) {
            log.debug("No Shelly device at {}: {}", address, e.getMessage());
            return failure(address, e);
        }
        if (!identity.authRequired()) {
            return new ScanResult.Found(address, identity, false);
        }
        if (credentials == null) {
            return new ScanResult.NeedsCredentials(address, identity);
        }
        return credentialsWork(identity, address) ? new ScanResult.Found(address, identity, true)
                : new ScanResult.NeedsCredentials(address, identity);
    }

    /** Logs in and reads the device status, the cheapest read that every generation protects. */
    private boolean credentialsWork(DeviceIdentity identity, DeviceAddress address) {
        try (ShellyClient client = devices.connect(identity, address, credentials)) {
            client.status();
            return true;
        } catch (DeviceUnauthorizedException e) {
            log.debug("Credentials refused by {}", address);
            return false;
        } catch (DeviceException e) {
            log.debug("Could not check credentials on {}: {}", address, e.getMessage());
            return false;
        }
    }

    static ScanResult failure(DeviceAddress address, DeviceException e) {
        String detail = detail(address, e);
        return switch (e) {
            case DeviceUnreachableException unreachable -> new ScanResult.Unreachable(address, detail);
            case DeviceTimeoutException timeout -> new ScanResult.Unreachable(address, "no answer in time: " + detail);
            case MalformedReplyException malformed -> new ScanResult.NotShelly(address, "not a Shelly reply: " + detail);
            case ReplyTooLargeException tooLarge -> new ScanResult.NotShelly(address, "reply too large: " + detail);
            case DeviceUnauthorizedException unauthorized ->
                    new ScanResult.NotShelly(address, "asks for a login before saying what it is, which Shelly devices never do");
            case CertificateMismatchException mismatch ->
                    new ScanResult.NotShelly(address, "HTTPS certificate differs from the one pinned for this address");
            case DeviceRejectedException rejected -> new ScanResult.NotShelly(address, detail);
        };
    }

    /** The exception's message without the address it starts with. */
    private static String detail(DeviceAddress address, DeviceException e) {
        String message = String.valueOf(e.getMessage());
        String prefix = address + ": ";
        String detail = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return detail.isBlank() || detail.equals("null") ? "no connection" : detail;
    }
}

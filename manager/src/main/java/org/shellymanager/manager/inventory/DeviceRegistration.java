package org.shellymanager.manager.inventory;

import java.util.Map;
import java.util.Optional;

import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.DeviceTimeoutException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.DeviceUnreachableException;
import org.shellymanager.device.MalformedReplyException;
import org.shellymanager.device.ReplyTooLargeException;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.stereotype.Service;

/**
 * Adds a device by address: identifies it, checks the login when it asks for one, and records it. Nothing is
 * written unless the device answered as a Shelly and any credentials given were accepted.
 */
@Service
public class DeviceRegistration {

    private final ShellyDevices devices;
    private final InventoryService inventory;
    private final FleetCredentials fleetCredentials;

    DeviceRegistration(ShellyDevices devices, InventoryService inventory, FleetCredentials fleetCredentials) {
        this.devices = devices;
        this.inventory = inventory;
        this.fleetCredentials = fleetCredentials;
    }

    /**
     * @param credentialsOrNull the device's own login, kept if accepted; without it the fleet default is tried
     * @throws ManagerException {@code device.duplicate}, {@code device.unreachable}, {@code device.not-shelly} or
     *                          {@code device.unauthorized}
     */
    public Device add(DeviceAddress address, Credentials credentialsOrNull) {
        DeviceIdentity identity = identify(address);
        Optional<Device> existing = inventory.findByMac(identity.mac());
        if (existing.isPresent()) {
            throw new ManagerException(ErrorCode.DEVICE_DUPLICATE, "The device at " + address + " (MAC " + identity.mac()
                    + ") is already in the inventory as " + existing.get().id() + "; change it with PATCH instead.",
                    Map.of("deviceId", existing.get().id()));
        }
        if (!identity.authRequired()) {
            return inventory.record(new Sighting(identity, address, null, true)).device();
        }
        if (credentialsOrNull != null) {
            if (!accepts(address, credentialsOrNull)) {
                throw new ManagerException(ErrorCode.DEVICE_UNAUTHORIZED, "The device at " + address
                        + " refused the credentials given for user " + credentialsOrNull.username() + "; nothing was added.");
            }
            return inventory.record(new Sighting(identity, address, credentialsOrNull, true)).device();
        }
        boolean defaultAccepted = fleetCredentials.find().map(fleet -> accepts(address, fleet)).orElse(false);
        return inventory.record(new Sighting(identity, address, null, defaultAccepted)).device();
    }

    private DeviceIdentity identify(DeviceAddress address) {
        try {
            return devices.identify(address);
        } catch (DeviceUnreachableException | DeviceTimeoutException e) {
            throw new ManagerException(ErrorCode.DEVICE_UNREACHABLE, "Nothing answered at " + address
                    + " in time; check the address and that the device is powered and on the network.");
        } catch (MalformedReplyException | ReplyTooLargeException e) {
            throw new ManagerException(ErrorCode.DEVICE_NOT_SHELLY, "What answered at " + address
                    + " is not a Shelly device (its reply to GET /shelly was not a Shelly identity).");
        }
    }

    private boolean accepts(DeviceAddress address, Credentials credentials) {
        try (ShellyClient client = devices.connect(address, credentials)) {
            client.status();
            return true;
        } catch (DeviceUnauthorizedException e) {
            return false;
        } catch (DeviceUnreachableException | DeviceTimeoutException e) {
            throw new ManagerException(ErrorCode.DEVICE_UNREACHABLE, "The device at " + address
                    + " stopped answering while its login was checked; nothing was added.");
        }
    }
}

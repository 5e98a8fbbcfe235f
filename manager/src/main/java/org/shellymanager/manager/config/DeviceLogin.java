package org.shellymanager.manager.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DevicePatch;
import org.shellymanager.manager.inventory.InventoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Changes one device's login password without locking the manager out (Gen1 {@code /settings/login}, Gen2+
 * {@code Shelly.SetAuth} with {@code ha1}): the new password is tried against the device, and only after the
 * device accepted it do the stored credentials change and the applied value's hash get recorded, which is how
 * drift tells whether the device has the password a template asks for.
 */
@Component
class DeviceLogin {

    /** The field a template's {@code login.password} becomes on every generation. */
    static final String FIELD = "login.password";

    private static final Logger log = LoggerFactory.getLogger(DeviceLogin.class);

    enum Outcome { ROTATED, REFUSED, NOT_CONFIRMED, UNREACHABLE, UNAUTHORIZED }

    record Result(Outcome outcome, String message) {
    }

    private final InventoryService inventory;
    private final DeviceSessions sessions;
    private final SecretService secrets;

    DeviceLogin(InventoryService inventory, DeviceSessions sessions, SecretService secrets) {
        this.inventory = inventory;
        this.sessions = sessions;
        this.secrets = secrets;
    }

    Result change(Device device, String newPassword) {
        Credentials old = sessions.credentials(device);
        Credentials next = next(device, old, newPassword);
        try (ShellyClient client = sessions.open(device, old)) {
            if (client.setPassword(newPassword) instanceof RpcResult.DeviceError<Void>(int code, String message)) {
                return new Result(Outcome.REFUSED, "the device refused the new password (" + code + ": " + message
                        + "); its login is unchanged");
            }
        } catch (DeviceUnauthorizedException e) {
            return new Result(Outcome.UNAUTHORIZED, "the device refused the stored login; nothing was changed");
        } catch (DeviceException e) {
            return new Result(Outcome.UNREACHABLE, "not reached (" + e.getMessage() + "); nothing was changed");
        }
        try (ShellyClient confirm = sessions.open(device, next)) {
            confirm.status();
        } catch (DeviceException e) {
            log.warn("device {} did not confirm its new password: {}", device.id(), e.getMessage());
            return new Result(Outcome.NOT_CONFIRMED, "the device did not accept the new password afterwards ("
                    + e.getClass().getSimpleName() + "); the stored login was kept");
        }
        inventory.update(device.id(), new DevicePatch(Set.of(DevicePatch.Field.CREDENTIALS), null, null, null, null, next));
        secrets.recordApplied(device.id(), FIELD, newPassword);
        log.info("device {} login password changed", device.id());
        return new Result(Outcome.ROTATED, "new password confirmed by the device and stored");
    }

    /** The call {@link #change} sends, as a dry run shows it (the password masked). */
    String describe(Device device) {
        Credentials next = next(device, sessions.credentials(device), "****");
        if (!device.generation().isRpc()) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("enabled", "1");
            params.put("unprotected", "0");
            params.put("username", next.username());
            params.put("password", "****");
            return new DeviceCall.Gen1("/settings/login", params).describe();
        }
        return new DeviceCall.Rpc("Shelly.SetAuth", JsonNodeFactory.instance.objectNode().put("user", next.username())
                .put("realm", device.deviceId()).put("ha1", "****")).describe();
    }

    private static Credentials next(Device device, Credentials old, String password) {
        String user = old == null ? Credentials.RPC_USER : old.username();
        return new Credentials(device.generation().isRpc() ? Credentials.RPC_USER : user, password);
    }
}

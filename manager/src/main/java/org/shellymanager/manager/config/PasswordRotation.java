package org.shellymanager.manager.config;

import java.util.List;
import java.util.Map;

import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DevicePatch;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Changes the device login across the fleet (Gen1 {@code /settings/login}, Gen2+ {@code Shelly.SetAuth} with
 * {@code ha1}) without locking the manager out: the new password is tried against the device, and the stored
 * credentials change only after the device accepted it.
 */
@Service
class PasswordRotation {

    private static final Logger log = LoggerFactory.getLogger(PasswordRotation.class);

    enum Outcome { ROTATED, REFUSED, NOT_CONFIRMED, UNREACHABLE, UNAUTHORIZED }

    private final InventoryService inventory;
    private final DeviceSessions sessions;
    private final JobService jobs;
    private final ConfigProperties properties;

    PasswordRotation(InventoryService inventory, DeviceSessions sessions, JobService jobs, ConfigProperties properties) {
        this.inventory = inventory;
        this.sessions = sessions;
        this.jobs = jobs;
        this.properties = properties;
    }

    Job start(DeviceSelection selection, String newPassword, String startedBy) {
        List<Device> devices = selection.resolve(inventory);
        JobKind kind = new JobKind.PasswordRotation(devices.stream().map(Device::id).toList(), selection.describe());
        return jobs.submit(kind, startedBy, context -> {
            context.total(devices.size());
            List<Outcome> outcomes = FleetRunner.run(devices, properties.syncConcurrency(), device -> {
                Map.Entry<Outcome, String> done = rotate(device, newPassword);
                context.result(new JobResult(device.address().toString(), done.getKey().name(), done.getValue(), device.id()));
                context.advance();
                return done.getKey();
            }, context::cancelled);
            long rotated = outcomes.stream().filter(o -> o == Outcome.ROTATED).count();
            return rotated + " of " + devices.size() + " device(s) rotated";
        });
    }

    private Map.Entry<Outcome, String> rotate(Device device, String newPassword) {
        Credentials old = sessions.credentials(device);
        String user = old == null ? Credentials.RPC_USER : old.username();
        Credentials next = new Credentials(device.generation().isRpc() ? Credentials.RPC_USER : user, newPassword);
        try (ShellyClient client = sessions.open(device, old)) {
            if (client.setPassword(newPassword) instanceof RpcResult.DeviceError<Void>(int code, String message)) {
                return Map.entry(Outcome.REFUSED, "the device refused the new password (" + code + ": " + message
                        + "); its login is unchanged");
            }
        } catch (DeviceUnauthorizedException e) {
            return Map.entry(Outcome.UNAUTHORIZED, "the device refused the stored login; nothing was changed");
        } catch (DeviceException e) {
            return Map.entry(Outcome.UNREACHABLE, "not reached (" + e.getMessage() + "); nothing was changed");
        }
        try (ShellyClient confirm = sessions.open(device, next)) {
            confirm.status();
        } catch (DeviceException e) {
            log.warn("device {} did not confirm its new password: {}", device.id(), e.getMessage());
            return Map.entry(Outcome.NOT_CONFIRMED, "the device did not accept the new password afterwards ("
                    + e.getClass().getSimpleName() + "); the stored login was kept");
        }
        inventory.update(device.id(), new DevicePatch(java.util.Set.of(DevicePatch.Field.CREDENTIALS), null, null, null,
                null, next));
        log.info("device {} password rotated", device.id());
        return Map.entry(Outcome.ROTATED, "new password confirmed by the device and stored");
    }
}

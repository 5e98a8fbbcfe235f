package org.shellymanager.manager.config;

import java.util.List;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobService;
import org.springframework.stereotype.Service;

/**
 * Changes the device login across the fleet (Gen1 {@code /settings/login}, Gen2+ {@code Shelly.SetAuth} with
 * {@code ha1}) without locking the manager out: the new password is tried against the device, and the stored
 * credentials change only after the device accepted it.
 */
@Service
class PasswordRotation {

    private final InventoryService inventory;
    private final DeviceLogin login;
    private final JobService jobs;
    private final ConfigProperties properties;

    PasswordRotation(InventoryService inventory, DeviceLogin login, JobService jobs, ConfigProperties properties) {
        this.inventory = inventory;
        this.login = login;
        this.jobs = jobs;
        this.properties = properties;
    }

    Job start(DeviceSelection selection, String newPassword, String startedBy) {
        List<Device> devices = selection.resolve(inventory);
        JobKind kind = new JobKind.PasswordRotation(devices.stream().map(Device::id).toList(), selection.describe());
        return jobs.submit(kind, startedBy, context -> {
            context.total(devices.size());
            List<DeviceLogin.Outcome> outcomes = FleetRunner.run(devices, properties.syncConcurrency(), device -> {
                DeviceLogin.Result done = login.change(device, newPassword);
                context.result(new JobResult(device.address().toString(), done.outcome().name(), done.message(), device.id()));
                context.advance();
                return done.outcome();
            }, context::cancelled);
            long rotated = outcomes.stream().filter(o -> o == DeviceLogin.Outcome.ROTATED).count();
            return rotated + " of " + devices.size() + " device(s) rotated";
        });
    }
}

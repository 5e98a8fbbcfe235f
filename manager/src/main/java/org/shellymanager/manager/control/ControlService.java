package org.shellymanager.manager.control;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceTimeoutException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.DeviceUnreachableException;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.telemetry.TelemetryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends commands to devices: to one at once, or to many as a job with one result per device. Every command is
 * logged with who sent it and what came of it, and the device is polled right after a command it took, so that
 * its latest status shows the change.
 */
@Service
public class ControlService {

    private static final Logger log = LoggerFactory.getLogger(ControlService.class);
    private static final int PARALLEL = 16;

    private final ShellyDevices devices;
    private final InventoryService inventory;
    private final TelemetryService telemetry;
    private final JobService jobs;

    ControlService(ShellyDevices devices, InventoryService inventory, TelemetryService telemetry, JobService jobs) {
        this.devices = devices;
        this.inventory = inventory;
        this.telemetry = telemetry;
        this.jobs = jobs;
    }

    /** Sends a command to one device and waits for its answer. */
    public ControlOutcome control(String deviceId, ControlCommand command, String actor) {
        Device device = inventory.get(deviceId);
        ControlOutcome outcome = send(device, command);
        log.info("control by {}: {} on {} ({}): {}{}", actor, command.describe(), device.id(), device.address(),
                outcome.outcome(), outcome.message() == null ? "" : " - " + outcome.message());
        if (outcome.done()) {
            telemetry.refresh(device.id());
        }
        return outcome;
    }

    /** Sends a command to many devices as a job; each device's outcome is one job result. */
    public Job controlMany(List<Device> targets, String selection, ControlCommand command, String actor) {
        if (targets.isEmpty()) {
            throw new ManagerException(ErrorCode.CONTROL_NO_DEVICES, "No device matches " + selection + ".");
        }
        JobKind.Control kind = new JobKind.Control(targets.stream().map(Device::id).toList(), selection, command.describe());
        return jobs.submit(kind, actor, context -> {
            context.total(targets.size());
            Semaphore slots = new Semaphore(PARALLEL);
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Device device : targets) {
                    if (context.cancelled()) {
                        break;
                    }
                    slots.acquire();
                    threads.execute(() -> {
                        try {
                            ControlOutcome outcome = control(device.id(), command, actor);
                            context.result(new JobResult(device.name() != null ? device.name() : device.address().toString(),
                                    outcome.outcome(), outcome.message(), device.id()));
                        } catch (ManagerException e) {
                            context.result(new JobResult(device.address().toString(), "FAILED", e.getMessage(), device.id()));
                        } finally {
                            context.advance();
                            slots.release();
                        }
                    });
                }
            }
            return command.describe() + " on " + targets.size() + " device(s)";
        });
    }

    private ControlOutcome send(Device device, ControlCommand command) {
        String what = command.describe();
        try (ShellyClient client = devices.connect(device.address(), inventory.credentials(device.id()).orElse(null))) {
            return switch (command.apply(client)) {
                case RpcResult.Ok<Void> ok -> new ControlOutcome(device.id(), what, "DONE", null);
                case RpcResult.DeviceError<Void> error -> new ControlOutcome(device.id(), what, "REJECTED",
                        "the device answered " + error.code() + ": " + error.message());
            };
        } catch (DeviceException e) {
            String outcome = switch (e) {
                case DeviceTimeoutException t -> "TIMEOUT";
                case DeviceUnreachableException u -> "UNREACHABLE";
                case DeviceUnauthorizedException u -> "UNAUTHORIZED";
                default -> "FAILED";
            };
            return new ControlOutcome(device.id(), what, outcome, e.getMessage());
        }
    }
}

package org.shellymanager.manager.firmware;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.shellymanager.device.DeviceException;
import org.shellymanager.device.FirmwareUpdateInfo;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.inventory.InventoryStatus;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobContext;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/** Asks devices which firmware they run and are offered (Gen1 {@code /ota/check} + {@code /ota}, Gen2+ {@code Shelly.CheckForUpdate}). */
@Service
public class FirmwareTracking {

    private static final Logger log = LoggerFactory.getLogger(FirmwareTracking.class);

    private final DeviceAccess access;
    private final InventoryService inventory;
    private final JdbcFirmwareStore store;
    private final JobService jobs;
    private final FirmwareProperties properties;
    private final Clock clock;

    FirmwareTracking(DeviceAccess access, InventoryService inventory, JdbcFirmwareStore store, JobService jobs,
                     FirmwareProperties properties, Clock clock) {
        this.access = access;
        this.inventory = inventory;
        this.store = store;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a job that checks every selected device. */
    public Job startCheck(DeviceSelector selector, String startedBy) {
        return jobs.submit(new JobKind.FirmwareCheck(selector.describe()), startedBy, context -> checkAll(selector, context));
    }

    private String checkAll(DeviceSelector selector, JobContext context) throws Exception {
        List<Device> devices = selector.select(inventory).stream()
                .filter(d -> d.status() == InventoryStatus.ACTIVE).toList();
        context.total(devices.size());
        Semaphore slots = new Semaphore(properties.checkConcurrency());
        int[] counts = new int[3];
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<DeviceFirmware>> checks = devices.stream().map(device -> pool.submit(() -> {
                slots.acquire();
                try {
                    return context.cancelled() ? null : check(device);
                } finally {
                    slots.release();
                }
            })).toList();
            for (int i = 0; i < devices.size(); i++) {
                DeviceFirmware result = checks.get(i).get();
                if (result == null) {
                    continue;
                }
                Device device = devices.get(i);
                String outcome = result.checkError() != null ? "UNREACHABLE" : result.behind() ? "BEHIND" : "CURRENT";
                counts[result.checkError() != null ? 2 : result.behind() ? 1 : 0]++;
                context.result(new JobResult(label(device), outcome, result.checkError() != null ? result.checkError()
                        : result.currentVersion() + (result.behind() ? " -> " + result.stableVersion() : ""), device.id()));
                context.advance();
            }
        }
        return counts[0] + " current, " + counts[1] + " behind, " + counts[2] + " not reachable";
    }

    /** Checks one device and stores the answer; a device that cannot be asked keeps its last answer, with the error. */
    public DeviceFirmware check(Device device) {
        MDC.put("deviceId", device.id());
        Optional<DeviceFirmware> previous = store.find(device.id());
        Instant now = clock.instant();
        DeviceFirmware firmware;
        try (ShellyClient client = access.connect(device)) {
            FirmwareUpdateInfo offer = client.checkForUpdate();
            String current = client.identity().firmwareVersion();
            String stable = offer.findStable().map(FirmwareVersions::version)
                    .filter(v -> FirmwareVersions.compare(v, current) > 0).orElse(null);
            String beta = offer.findBeta().map(FirmwareVersions::version).orElse(null);
            Instant behindSince = stable == null ? null
                    : previous.map(DeviceFirmware::behindSince).filter(since -> since != null).orElse(now);
            firmware = new DeviceFirmware(device.id(), current, client.identity().firmwareId(), stable, beta, now,
                    behindSince, null);
            access.seen(device, client.identity());
        } catch (DeviceException e) {
            log.debug("firmware check of {} at {} failed: {}", device.id(), device.address(), e.getMessage());
            String error = e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage();
            firmware = previous.map(p -> new DeviceFirmware(p.deviceId(), p.currentVersion(), p.currentBuild(),
                            p.stableVersion(), p.betaVersion(), now, p.behindSince(), error))
                    .orElse(new DeviceFirmware(device.id(), device.firmware(), device.firmware(), null, null, now, null, error));
        } finally {
            MDC.remove("deviceId");
        }
        store.save(firmware);
        return firmware;
    }

    static String label(Device device) {
        return (device.name() != null ? device.name() : device.deviceId()) + " (" + device.address() + ")";
    }
}

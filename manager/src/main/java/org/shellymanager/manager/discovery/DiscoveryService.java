package org.shellymanager.manager.discovery;

import java.util.List;

import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.manager.inventory.FleetCredentials;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Starts discovery scans as jobs. Targets are checked before anything is queued, so a malformed or oversized
 * scan is refused whole; the scan itself runs on the {@link AddressScanner} with short timeouts of its own.
 */
@Service
public class DiscoveryService implements DisposableBean {

    private final JobService jobs;
    private final InventoryService inventory;
    private final FleetCredentials fleetCredentials;
    private final DiscoveryProperties properties;
    private final ShellyDevices scanDevices;
    private final AddressScanner scanner;

    DiscoveryService(JobService jobs, InventoryService inventory, FleetCredentials fleetCredentials,
                     DiscoveryProperties properties) {
        this.jobs = jobs;
        this.inventory = inventory;
        this.fleetCredentials = fleetCredentials;
        this.properties = properties;
        this.scanDevices = ShellyDevices.create(AddressScanner.clientOptions()
                .withConnectTimeout(properties.connectTimeout())
                .withRequestTimeout(properties.requestTimeout()));
        this.scanner = new AddressScanner(scanDevices, properties.concurrency());
    }

    /**
     * Queues a scan of the targets.
     *
     * @param credentialsOrNull tried on devices that ask for a login and kept for those that accept it; without
     *                          them the fleet default is tried
     * @param networkIdOrNull   the network the scan belongs to, if any
     * @throws ManagerException {@code scan.target-invalid}
     */
    public Job start(List<String> targets, Credentials credentialsOrNull, String startedBy, String networkIdOrNull) {
        List<DeviceAddress> addresses = addresses(targets);
        Credentials toTry = credentialsOrNull != null ? credentialsOrNull : fleetCredentials.find().orElse(null);
        DiscoveryRun run = new DiscoveryRun(scanner, scanDevices, inventory, addresses, credentialsOrNull, toTry);
        return jobs.submit(new JobKind.Discovery(targets, networkIdOrNull), startedBy, run);
    }

    /** The addresses the targets cover, within the scan size limit. */
    List<DeviceAddress> addresses(List<String> targets) {
        try {
            return ScanTargets.parse(targets, properties.maxScanSize());
        } catch (InvalidScanTargetException e) {
            throw new ManagerException(ErrorCode.SCAN_TARGET_INVALID, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        scanDevices.close();
    }
}

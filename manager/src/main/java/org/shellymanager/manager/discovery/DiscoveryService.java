package org.shellymanager.manager.discovery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Supplier;

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
import org.springframework.transaction.support.TransactionOperations;

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
    private final TransactionOperations transactions;
    private final ShellyDevices scanDevices;
    private final AddressScanner scanner;
    private final DiscoveryDeviceCalls calls;

    DiscoveryService(JobService jobs, InventoryService inventory, FleetCredentials fleetCredentials,
                     DiscoveryProperties properties, TransactionOperations transactions) {
        this.jobs = jobs;
        this.inventory = inventory;
        this.fleetCredentials = fleetCredentials;
        this.properties = properties;
        this.transactions = transactions;
        this.scanDevices = ShellyDevices.create(AddressScanner.clientOptions()
                .withConnectTimeout(properties.connectTimeout())
                .withRequestTimeout(properties.requestTimeout()));
        this.scanner = new AddressScanner(scanDevices, properties.concurrency());
        this.calls = new DiscoveryDeviceCalls(scanDevices, inventory);
    }

    /**
     * Queues a scan of the targets and, when {@code mdns} is true, of the candidates an mDNS browse finds.
     *
     * @param targets           may be empty only when {@code mdns} is true
     * @param credentialsOrNull tried on devices that ask for a login and kept for those that accept it; without
     *                          them the fleet default is tried
     * @param networkIdOrNull   the network the scan belongs to, if any
     * @throws ManagerException {@code scan.target-invalid} or {@code scan.too-large}
     */
    public Job start(List<String> targets, boolean mdns, Credentials credentialsOrNull, String startedBy,
                     String networkIdOrNull) {
        List<DeviceAddress> addresses = targets.isEmpty() && mdns ? List.of() : addresses(targets);
        Credentials toTry = credentialsOrNull != null ? credentialsOrNull : fleetCredentials.find().orElse(null);
        DiscoveryTargets scanTargets = new DiscoveryTargets(addresses, mdns, properties.mdns().enabled() ? mdnsBrowse() : null);
        DiscoveryRun run = new DiscoveryRun(scanner, calls, inventory, transactions, scanTargets, credentialsOrNull, toTry);
        return jobs.submit(new JobKind.Discovery(targets, networkIdOrNull, mdns), startedBy, run);
    }

    /** Queues a scan of the network, with an mDNS browse when the network asks for one. */
    public Job start(Network network, String startedBy) {
        return start(network.targets(), network.mdns(), null, startedBy, network.id());
    }

    /**
     * The addresses the targets cover, within the scan size limit.
     *
     * @throws ManagerException {@code scan.target-invalid} or {@code scan.too-large}
     */
    List<DeviceAddress> addresses(List<String> targets) {
        try {
            return ScanTargets.parse(targets, properties.maxScanSize());
        } catch (ScanTooLargeException e) {
            throw new ManagerException(ErrorCode.SCAN_TOO_LARGE, e.getMessage());
        } catch (InvalidScanTargetException e) {
            throw new ManagerException(ErrorCode.SCAN_TARGET_INVALID, e.getMessage());
        }
    }

    private Supplier<List<DeviceAddress>> mdnsBrowse() {
        MdnsBrowser browser = new MdnsBrowser(properties.mdns().browseTime());
        return () -> browser.browse(properties.mdns().interfaces().isEmpty() ? MdnsBrowser.lanAddresses() : interfaces());
    }

    private List<InetAddress> interfaces() {
        return properties.mdns().interfaces().stream().map(address -> {
            try {
                return InetAddress.getByName(address);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("an IPv4 literal needs no lookup: " + address, e);
            }
        }).toList();
    }

    @Override
    public void destroy() {
        scanDevices.close();
    }
}

package org.shellymanager.manager.discovery;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;

import org.shellymanager.device.DeviceAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds Shelly devices that announce themselves over mDNS: Gen2+ as {@code _shelly._tcp}, every generation as
 * {@code _http._tcp}. Browses each given interface for a fixed time and answers candidate addresses, which the
 * {@link AddressScanner} then identifies. Where multicast does not work (containers, VPNs, some Wi-Fi) it finds
 * nothing and says so in the log; it never fails a discovery.
 */
public final class MdnsBrowser {

    public static final String SHELLY_SERVICE = "_shelly._tcp.local.";
    public static final String HTTP_SERVICE = "_http._tcp.local.";

    private static final Logger log = LoggerFactory.getLogger(MdnsBrowser.class);

    private final Duration browseTime;

    public MdnsBrowser(Duration browseTime) {
        if (browseTime.isNegative() || browseTime.isZero()) {
            throw new IllegalArgumentException("browseTime must be positive, was " + browseTime);
        }
        this.browseTime = browseTime;
    }

    /** The IPv4 addresses of the interfaces that are up, not loopback and able to multicast: the LAN side. */
    public static List<InetAddress> lanAddresses() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(MdnsBrowser::canBrowse)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(Inet4Address.class::isInstance)
                    .toList();
        } catch (SocketException e) {
            log.info("Cannot list network interfaces for mDNS: {}", e.toString());
            return List.of();
        }
    }

    private static boolean canBrowse(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback() && network.supportsMulticast();
        } catch (SocketException e) {
            return false;
        }
    }

    /**
     * Browses on every interface address at once and answers the distinct candidate addresses, sorted. Takes about
     * the browse time, plus the moment jmDNS needs to leave the multicast group.
     */
    public List<DeviceAddress> browse(List<InetAddress> interfaces) {
        Set<DeviceAddress> found = ConcurrentHashMap.newKeySet();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            interfaces.forEach(address -> executor.execute(() -> found.addAll(browseOn(address))));
        }
        return found.stream().sorted(Comparator.comparing(DeviceAddress::toString)).toList();
    }

    private List<DeviceAddress> browseOn(InetAddress address) {
        try (JmDNS jmdns = JmDNS.create(address, null)) {
            Set<ServiceInfo> services = ConcurrentHashMap.newKeySet();
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                Stream.of(SHELLY_SERVICE, HTTP_SERVICE).forEach(type -> executor.execute(
                        () -> services.addAll(List.of(jmdns.list(type, browseTime.toMillis())))));
            }
            List<DeviceAddress> candidates = services.stream().map(MdnsService::of)
                    .filter(MdnsService::looksLikeShelly)
                    .flatMap(service -> service.addresses().stream())
                    .distinct()
                    .toList();
            log.info("mDNS on {}: {} service instances, {} Shelly candidates", address.getHostAddress(), services.size(),
                    candidates.size());
            return candidates;
        } catch (IOException | RuntimeException e) {
            log.info("mDNS browse on {} not possible, skipped: {}", address.getHostAddress(), e.toString());
            return List.of();
        }
    }
}

package org.shellymanager.manager.discovery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.device.model.Capabilities;
import org.shellymanager.manager.inventory.InventoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The calls a scan makes to devices besides probing them: checking a device's stored login and reading the
 * capabilities of a new device. They are made for a whole batch of results at once, a few devices in parallel,
 * outside any database transaction, with the job id and the device id in the logging context.
 */
final class DiscoveryDeviceCalls {

    private static final Logger log = LoggerFactory.getLogger(DiscoveryDeviceCalls.class);
    private static final int PARALLEL = 16;

    /**
     * A device whose capabilities are to be read: its identity as the probe found it (so that it is not asked
     * again), and the login to read them with (null when it needs none).
     */
    record CapabilityRead(String deviceId, DeviceIdentity identity, DeviceAddress address, Credentials login) {
    }

    private final ShellyDevices devices;
    private final InventoryService inventory;

    DiscoveryDeviceCalls(ShellyDevices devices, InventoryService inventory) {
        this.devices = devices;
        this.inventory = inventory;
    }

    /** Of the devices that asked for a login, those known to the inventory whose own login they accept, by MAC. */
    Map<String, Credentials> acceptedOwnLogins(List<ScanResult.NeedsCredentials> asked) {
        return each(asked, needs -> inventory.findByMac(needs.identity().mac()).flatMap(device -> {
            MDC.put("deviceId", device.id());
            return inventory.credentials(device.id())
                    .filter(own -> accepts(needs.identity(), needs.address(), own))
                    .map(own -> Map.entry(device.mac(), own));
        }));
    }

    /** The capability names of each device that could be read, by device id; the others are left for later. */
    Map<String, List<String>> capabilities(List<CapabilityRead> reads) {
        return each(reads, read -> {
            MDC.put("deviceId", read.deviceId());
            try (ShellyClient client = devices.connect(read.identity(), read.address(), read.login())) {
                return Optional.of(Map.entry(read.deviceId(), names(client.capabilities())));
            } catch (DeviceException e) {
                log.debug("could not read the capabilities of {} at {}: {}", read.deviceId(), read.address(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    private boolean accepts(DeviceIdentity identity, DeviceAddress address, Credentials credentials) {
        try (ShellyClient client = devices.connect(identity, address, credentials)) {
            client.status();
            return true;
        } catch (DeviceUnauthorizedException e) {
            return false;
        } catch (DeviceException e) {
            log.debug("could not check the stored login of {}: {}", address, e.getMessage());
            return false;
        }
    }

    /** Runs the call for every item, at most {@link #PARALLEL} at a time, and collects the answers it gave. */
    private static <T, K, V> Map<K, V> each(List<T> items, Function<T, Optional<Map.Entry<K, V>>> call) {
        Map<K, V> answers = new ConcurrentHashMap<>();
        if (items.isEmpty()) {
            return answers;
        }
        Map<String, String> context = MDC.getCopyOfContextMap();
        Semaphore slots = new Semaphore(PARALLEL);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (T item : items) {
                slots.acquireUninterruptibly();
                executor.execute(() -> {
                    MDC.setContextMap(context == null ? Map.of() : context);
                    try {
                        call.apply(item).ifPresent(answer -> answers.put(answer.getKey(), answer.getValue()));
                    } finally {
                        MDC.clear();
                        slots.release();
                    }
                });
            }
        }
        return answers;
    }

    static List<String> names(Capabilities capabilities) {
        TreeSet<String> names = new TreeSet<>(capabilities.kinds());
        if (capabilities.metering()) {
            names.add("metering");
        }
        if (capabilities.battery()) {
            names.add("battery");
        }
        if (capabilities.scripts()) {
            names.add("scripts");
        }
        if (!capabilities.profiles().isEmpty()) {
            names.add("profiles");
        }
        return List.copyOf(names);
    }
}

package org.shellymanager.manager.telemetry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.shellymanager.device.CertificateMismatchException;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.DeviceRejectedException;
import org.shellymanager.device.DeviceTimeoutException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.DeviceUnreachableException;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Polls one device: identifies it once (then reuses the identity until a poll fails or its address changes), reads
 * its status and hands the answer or the failure to the recorder. Never throws for a device failure.
 */
@Component
class DevicePoller {

    private static final Logger log = LoggerFactory.getLogger(DevicePoller.class);

    private final ShellyDevices devices;
    private final InventoryService inventory;
    private final StatusRecorder recorder;
    private final TelemetryMetrics metrics;
    private final Map<String, ShellyClient> clients = new ConcurrentHashMap<>();

    DevicePoller(ShellyDevices devices, InventoryService inventory, StatusRecorder recorder, TelemetryMetrics metrics) {
        this.devices = devices;
        this.inventory = inventory;
        this.recorder = recorder;
        this.metrics = metrics;
    }

    void poll(PollTarget target) {
        Device device = target.device();
        MDC.put("deviceId", device.id());
        long started = System.nanoTime();
        try {
            DeviceStatus status = client(device).status();
            metrics.polled(System.nanoTime() - started, null);
            recorder.answered(target, status, "poll");
        } catch (DeviceException e) {
            String reason = reason(e);
            forget(device.id());
            metrics.polled(System.nanoTime() - started, reason);
            log.debug("poll of {} at {} failed: {}", device.id(), device.address(), reason);
            recorder.missed(target, reason);
        } catch (IllegalStateException | IllegalArgumentException e) {
            forget(device.id());
            metrics.polled(System.nanoTime() - started, "malformed");
            log.debug("poll of {} answered something unusable: {}", device.id(), e.getMessage());
            recorder.missed(target, "malformed");
        } finally {
            MDC.remove("deviceId");
        }
    }

    /** A client for the device at its current address, identified once and then reused. */
    ShellyClient client(Device device) {
        ShellyClient known = clients.get(device.id());
        if (known != null && known.address().equals(device.address())) {
            return known;
        }
        DeviceIdentity identity = devices.identify(device.address());
        if (!identity.mac().equals(device.mac())) {
            throw new DeviceUnreachableException(device.address(), "another device (" + identity.mac()
                    + ") answers at this address");
        }
        Credentials login = identity.authRequired() ? inventory.credentials(device.id()).orElse(null) : null;
        ShellyClient client = devices.connect(identity, device.address(), login);
        ShellyClient before = clients.put(device.id(), client);
        if (before != null) {
            before.close();
        }
        return client;
    }

    void forget(String deviceId) {
        ShellyClient client = clients.remove(deviceId);
        if (client != null) {
            client.close();
        }
    }

    static String reason(DeviceException e) {
        return switch (e) {
            case DeviceTimeoutException t -> "timeout";
            case DeviceUnreachableException u -> "unreachable";
            case DeviceUnauthorizedException u -> "unauthorized";
            case DeviceRejectedException r -> "rejected";
            case CertificateMismatchException c -> "certificate";
            default -> "malformed";
        };
    }
}

package org.shellymanager.manager.config;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Drift runs: reads each device (recording a new snapshot when it changed), compares it with its desired state
 * field by field, stores the run as a report and publishes {@link DriftDetected} for each drifted device.
 */
@Service
public class DriftService {

    private static final Logger log = LoggerFactory.getLogger(DriftService.class);

    private final InventoryService inventory;
    private final SnapshotService snapshots;
    private final DesiredStates desiredStates;
    private final DeviceSessions sessions;
    private final JdbcDriftStore store;
    private final ApplicationEventPublisher events;
    private final ConfigProperties properties;
    private final Clock clock;

    DriftService(InventoryService inventory, SnapshotService snapshots, DesiredStates desiredStates, DeviceSessions sessions,
                 JdbcDriftStore store, ApplicationEventPublisher events, ConfigProperties properties, Clock clock) {
        this.inventory = inventory;
        this.snapshots = snapshots;
        this.desiredStates = desiredStates;
        this.sessions = sessions;
        this.store = store;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks the selected devices now and stores the run. */
    public DriftReport run(DeviceSelection selection, String trigger) {
        Instant started = clock.instant();
        String reportId = UUID.randomUUID().toString();
        List<Device> devices = selection.resolve(inventory);
        List<Checked> perDevice = FleetRunner.run(devices, properties.syncConcurrency(), device -> check(device, reportId),
                () -> false);
        List<DriftReport.Entry> entries = new ArrayList<>();
        List<DriftReport.Unreached> unreached = new ArrayList<>();
        int drifted = 0;
        for (Checked checked : perDevice) {
            if (checked.unreached() != null) {
                unreached.add(checked.unreached());
            } else if (!checked.entries().isEmpty()) {
                drifted++;
                entries.addAll(checked.entries());
            }
        }
        DriftReport report = new DriftReport(reportId, started, clock.instant(), trigger, devices.size(), drifted,
                unreached.size(), entries, unreached);
        store.insert(report);
        log.info("drift run {} ({}): {} device(s) checked, {} drifted, {} not reached", reportId, trigger,
                devices.size(), drifted, unreached.size());
        return report;
    }

    /** The device's drift now, or why it could not be read. */
    private Checked check(Device device, String reportId) {
        Snapshot actual;
        try (ShellyClient client = sessions.open(device)) {
            actual = snapshots.record(device, ConfigReader.read(client), SnapshotCause.DEVICE_CHANGE, null);
        } catch (DeviceUnauthorizedException e) {
            return new Checked(List.of(), new DriftReport.Unreached(device.id(), "the device refused the stored login"));
        } catch (DeviceException e) {
            log.debug("drift run could not read device {}: {}", device.id(), e.getMessage());
            return new Checked(List.of(), new DriftReport.Unreached(device.id(), "not reached: " + e.getMessage()));
        }
        List<DriftField> drift = desiredStates.drift(desiredStates.of(device, actual), actual);
        Instant now = clock.instant();
        Map<String, Instant> since = store.track(device.id(), drift.stream().map(DriftField::field).toList(), now);
        if (!drift.isEmpty()) {
            events.publishEvent(new DriftDetected(device.id(), drift, reportId, now));
        }
        return new Checked(drift.stream().map(d -> new DriftReport.Entry(device.id(), d.field(), text(d.desired()),
                text(d.actual()), since.get(d.field()))).toList(), null);
    }

    /** One device's part of a run: its drifted fields, or why it was not read. */
    private record Checked(List<DriftReport.Entry> entries, DriftReport.Unreached unreached) {
    }

    private static String text(tools.jackson.databind.JsonNode value) {
        return value == null ? null : value.toString();
    }

    /** @throws ManagerException {@code config.drift-report-not-found} */
    public DriftReport get(String id) {
        return store.find(id).orElseThrow(() -> new ManagerException(ErrorCode.CONFIG_DRIFT_REPORT_NOT_FOUND,
                "No drift report with id " + id + "."));
    }

    public java.util.Optional<DriftReport> latest() {
        return store.latest();
    }

    public Page<DriftReport> list(int page, int size) {
        return store.list(page, size);
    }
}

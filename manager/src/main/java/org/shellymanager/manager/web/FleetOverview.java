package org.shellymanager.manager.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.shellymanager.manager.config.DriftReport;
import org.shellymanager.manager.config.DriftService;
import org.shellymanager.manager.inventory.FleetCounts;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.job.JobState;
import org.shellymanager.manager.telemetry.DeviceState;
import org.shellymanager.manager.telemetry.LatestStatus;
import org.shellymanager.manager.telemetry.TelemetryService;
import org.springframework.stereotype.Component;

/**
 * The fleet at a glance, as the dashboard shows it: device counts from one grouped query, power and offered firmware from
 * telemetry's latest status (held in memory), drift from the latest drift run, events from {@link FleetEvents}.
 */
@Component
class FleetOverview {

    static final int RECENT_JOBS = 8;
    static final int RECENT_EVENTS = 10;

    private final InventoryService inventory;
    private final JobService jobs;
    private final TelemetryService telemetry;
    private final DriftService drift;
    private final FleetEvents events;
    private final FleetEnergy energy;

    FleetOverview(InventoryService inventory, JobService jobs, TelemetryService telemetry, DriftService drift,
                  FleetEvents events, FleetEnergy energy) {
        this.inventory = inventory;
        this.jobs = jobs;
        this.telemetry = telemetry;
        this.drift = drift;
        this.events = events;
        this.energy = energy;
    }

    Counts counts() {
        List<LatestStatus> statuses = telemetry.all();
        double power = statuses.stream().filter(s -> s.state() != DeviceState.OFFLINE).map(LatestStatus::powerW)
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        long updates = statuses.stream().filter(s -> Boolean.TRUE.equals(s.updateAvailable())).count();
        long drifted = drift.list(0, 1).items().stream().findFirst().map(DriftReport::drifted).orElse(0);
        FleetCounts fleet = inventory.counts();
        return new Counts(fleet.devices(), fleet.online(), fleet.offline(), fleet.needsCredentials(), drifted, updates,
                jobs.list(null, JobState.RUNNING, 0, 1).total() + jobs.list(null, JobState.QUEUED, 0, 1).total(),
                power, energy.today());
    }

    List<Job> activeJobs() {
        List<Job> running = jobs.list(null, JobState.RUNNING, 0, RECENT_JOBS).items();
        List<Job> queued = jobs.list(null, JobState.QUEUED, 0, RECENT_JOBS).items();
        return Stream.concat(running.stream(), queued.stream()).limit(RECENT_JOBS).toList();
    }

    List<Job> recentJobs() {
        return jobs.list(null, null, 0, RECENT_JOBS).items();
    }

    /** The newest events with the name of their device (or its id once forgotten). */
    List<EventLine> recentEvents() {
        return events.recent(RECENT_EVENTS).stream().map(e -> new EventLine(e, inventory.find(e.deviceId())
                .map(DeviceRow::label).orElse(e.deviceId()))).toList();
    }

    /**
     * Devices in all, online, offline, needing credentials, drifted at the latest drift run, offering newer
     * firmware; jobs running or queued; the power draw now of the devices that answer (W) and the energy used
     * today (Wh).
     */
    record Counts(long devices, long online, long offline, long needsCredentials, long drifted, long updatesAvailable,
                  long activeJobs, double powerW, double energyTodayWh) {

        /** Devices that need a person: a login, a sync or a firmware update. */
        public long needingAttention() {
            return needsCredentials + drifted + updatesAvailable;
        }
    }

    /** An event and the name of its device. */
    record EventLine(FleetEvent event, String label) {
    }
}

package org.shellymanager.manager.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.shellymanager.device.model.BatteryStatus;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.model.SystemStatus;
import org.shellymanager.manager.inventory.Device;

/** One device under watch: its state machine, its schedule and its last report. Guarded by its own lock. */
final class PollTarget {

    final AtomicBoolean inFlight = new AtomicBoolean();
    final EnergyCounters energy = new EnergyCounters();
    final InputEventCounters inputs = new InputEventCounters();
    private volatile Device device;
    private volatile Instant due;
    private DeviceState state = DeviceState.UNKNOWN;
    private Instant stateSince;
    private Instant lastReport;
    private Instant lastAttempt;
    private Instant lastSample;
    private int missed;
    private String source;
    private String error;
    private boolean battery;
    private String availableFirmware;
    private Boolean updateAvailable;
    private volatile boolean pushing;
    private volatile Instant watchedUntil = Instant.MIN;
    private List<Reading> readings = List.of();

    PollTarget(Device device, Instant now, Instant firstDue) {
        this.device = device;
        this.stateSince = now;
        this.due = firstDue;
    }

    /** Restores what the database knew from before a restart: the last report stands, the state is found anew. */
    synchronized void restore(Instant reported, List<Reading> stored, boolean wasBattery) {
        lastReport = reported;
        readings = List.copyOf(stored);
        battery = wasBattery;
        energy.baseline(stored);
    }

    Device device() {
        return device;
    }

    void device(Device current) {
        device = current;
    }

    Instant due() {
        return due;
    }

    void due(Instant next) {
        due = next;
    }

    boolean watched(Instant now) {
        return watchedUntil.isAfter(now);
    }

    void watchUntil(Instant until) {
        watchedUntil = until;
    }

    boolean pushing() {
        return pushing;
    }

    void pushing(boolean open) {
        pushing = open;
    }

    synchronized DeviceState state() {
        return state;
    }

    /** The readings of the last answer. */
    synchronized List<Reading> readings() {
        return readings;
    }

    /** Whether a newer stable firmware is offered; null while unknown. */
    synchronized Boolean updateAvailable() {
        return updateAvailable;
    }

    /** Records an answer; returns the state change it makes, if any. Sample energy only when {@code sample}. */
    synchronized Optional<DeviceStateChanged> answered(DeviceStatus status, List<Reading> current, Instant now, String via) {
        readings = Readings.sharing(readings, current);
        battery = !status.all(BatteryStatus.class).stream().allMatch(b -> Boolean.TRUE.equals(b.externalPower()));
        availableFirmware = status.findSystem().map(SystemStatus::availableStable).orElse(null);
        updateAvailable = status.findSystem().isPresent() ? availableFirmware != null : null;
        lastReport = now;
        if (via.equals("poll")) {
            lastAttempt = now;
        }
        missed = 0;
        source = via;
        error = null;
        return change(DeviceState.ONLINE, now, "answered");
    }

    /** Records a missed poll; returns the state change it makes, if any. */
    synchronized Optional<DeviceStateChanged> missed(Instant now, String reason, int offlineAfter) {
        lastAttempt = now;
        missed++;
        error = reason;
        if (missed < offlineAfter || state == DeviceState.OFFLINE || state == DeviceState.ASLEEP) {
            return Optional.empty();
        }
        return change(battery && lastReport != null ? DeviceState.ASLEEP : DeviceState.OFFLINE, now, reason);
    }

    private Optional<DeviceStateChanged> change(DeviceState to, Instant now, String reason) {
        if (to == state) {
            return Optional.empty();
        }
        DeviceStateChanged event = new DeviceStateChanged(device.id(), state, to, now, reason);
        state = to;
        stateSince = now;
        return Optional.of(event);
    }

    /** Whether a history sample is due, and if so marks it taken. */
    synchronized boolean takeSample(Instant now, Duration every) {
        if (lastSample != null && Duration.between(lastSample, now).compareTo(every) < 0) {
            return false;
        }
        lastSample = now;
        return true;
    }

    /** How long until the next poll after one at {@code now}, by state, push and watch. */
    synchronized Duration interval(Duration normal, TelemetryProperties properties, Instant now) {
        if (watched(now)) {
            return properties.watchedInterval();
        }
        if (state == DeviceState.OFFLINE || state == DeviceState.ASLEEP) {
            int extra = Math.min(20, Math.max(0, missed - properties.offlineAfter()) + 1);
            Duration backoff = normal.multipliedBy(1L << Math.min(extra, 10));
            Duration cap = properties.backoffMax().compareTo(normal) > 0 ? properties.backoffMax() : normal;
            return backoff.compareTo(cap) > 0 ? cap : backoff;
        }
        return pushing ? properties.push().pollInterval() : normal;
    }

    synchronized LatestStatus view(Instant now) {
        return new LatestStatus(device.id(), state, stateSince, lastReport, LatestStatus.age(lastReport, now), lastAttempt,
                missed, source, error, battery, pushing, Readings.devicePower(readings), Readings.energyTotal(readings),
                availableFirmware, updateAvailable, due, readings);
    }
}

package org.shellymanager.simulator.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.shellymanager.simulator.Addresses.HostPort;
import org.shellymanager.simulator.DeviceSpec;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.firmware.ImageDownload;

/**
 * Bringing a device up and down: start, reboot, firmware update, address change, joining the LAN from AP mode.
 * Offline periods use real time (the shared timer); state computations use the device clock.
 */
public final class Lifecycle {

    private static final Duration JOIN_DELAY = Duration.ofMillis(300);

    /**
     * How long the device is away, which firmware the catalogue offers it, and how often it sends its periodic
     * {@code NotifyStatus} to WebSocket clients.
     */
    public record Timing(Duration rebootOffline, Duration updateOffline, String stableFirmware, String betaFirmware,
            Duration notifyPeriod) { }

    private final VirtualDevice device;
    private final Timing timing;
    private volatile long startedMs;
    private volatile boolean updating;
    private volatile boolean refused;
    private volatile boolean stopped;

    Lifecycle(VirtualDevice device, Timing timing) {
        this.device = device;
        this.timing = timing;
    }

    public Timing timing() {
        return timing;
    }

    public long startedMs() {
        return startedMs;
    }

    public boolean updating() {
        return updating;
    }

    public void start(HostPort lanAddress, HostPort apAddress) throws IOException {
        startedMs = device.nowMs();
        device.network().boundLan(lanAddress.host(), lanAddress.port());
        device.network().boundAp(apAddress.host(), apAddress.port());
        if (device.network().provisioned()) {
            openLan();
        } else {
            device.network().boundAp(apAddress.host(), device.network().apEndpoint().open(apAddress.host(), apAddress.port()));
        }
    }

    public void stop() {
        stopped = true;
        device.emit(new DeviceEvent.GoingOffline());
        device.network().closeLan();
        device.network().apEndpoint().close();
    }

    /** Listens at a new LAN address (same port), as after a DHCP change. */
    public void moveTo(String newHost) throws IOException {
        device.emit(new DeviceEvent.GoingOffline());
        device.network().closeLan();
        device.network().boundLan(newHost, device.network().port());
        if (device.network().provisioned()) {
            openLan();
        }
    }

    /** The {@link Fault.Refused} fault: nothing listens until it is cleared. */
    public void refuse(boolean on) {
        refused = on;
        if (on) {
            device.network().closeLan();
        } else if (device.network().provisioned()) {
            openQuietly();
        }
    }

    public void reboot() {
        goAway(timing.rebootOffline(), device.firmwareId());
    }

    /** Factory reset: wiped, away for a reboot, back in AP mode only (the Wi-Fi credentials are gone). */
    public void factoryReset() {
        device.emit(new DeviceEvent.GoingOffline());
        device.network().closeLan();
        Timers.after(timing.rebootOffline(), () -> {
            device.wipe();
            device.booted(device.firmwareId());
            device.network().provisioned(false);
            if (!stopped) {
                try {
                    device.network().boundAp(device.network().apHost(), device.network().apEndpoint().open(device.network().apHost(), device.network().apPort()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot listen at " + device.network().apHost() + ":" + device.network().apPort(), e);
                }
            }
        });
    }

    /** Joins the LAN after Wi-Fi credentials arrived in AP mode; Gen1 also drops its access point. */
    public void joinLan() {
        Timers.after(JOIN_DELAY, () -> {
            device.network().provisioned(true);
            openQuietly();
            if (device.gen() == 1 || stopped) {
                device.network().apEndpoint().close();
            }
        });
    }

    public void apOff() {
        Timers.after(JOIN_DELAY, () -> device.network().apEndpoint().close());
    }

    /** Firmware id the catalogue offers for a stage, or null when the device already runs it. */
    public String offered(String stage) {
        String offer = stage.equals("beta") ? timing.betaFirmware() : timing.stableFirmware();
        if (offer == null || offer.equals(device.firmwareId())) {
            return null;
        }
        return offer;
    }

    /** Runs the update: progress events, then offline, then back on the new version (or an error when told to). */
    public boolean update(String stage) {
        String target = offered(stage);
        if (target == null || updating) {
            return false;
        }
        updating = true;
        Duration step = timing.updateOffline().dividedBy(8);
        Timers.after(step, () -> progress(target, 0, step));
        return true;
    }

    /** Downloads the image at a URL, then installs it like a catalogue update (or reports {@code ota_error}). */
    public boolean updateFrom(String url) {
        if (updating) {
            return false;
        }
        updating = true;
        Duration step = timing.updateOffline().dividedBy(8);
        Timers.after(step, () -> {
            switch (ImageDownload.fetch(url, device.model().model())) {
                case ImageDownload.Outcome.Image(String buildId) -> progress(buildId, 0, step);
                case ImageDownload.Outcome.Refused(String reason) -> {
                    sys("ota_error", Map.of("msg", "Update failed: " + reason));
                    updating = false;
                }
            }
        });
        return true;
    }

    private void progress(String target, int percent, Duration step) {
        if (percent == 0) {
            sys("ota_begin", Map.of("msg", "Waiting for data"));
        }
        if (percent >= 100) {
            finish(target);
            return;
        }
        sys("ota_progress", Map.of("msg", "Downloading", "progress_percent", percent));
        Timers.after(step, () -> progress(target, percent + 25, step));
    }

    private void finish(String target) {
        if (device.spec().failUpdates()) {
            sys("ota_error", Map.of("msg", "Update failed: invalid image"));
            updating = false;
            return;
        }
        sys("ota_success", Map.of("msg", "Update applied, rebooting"));
        goAway(timing.updateOffline(), target);
    }

    private void sys(String event, Map<String, Object> fields) {
        device.emit(new DeviceEvent.ComponentEvent("sys", null, event, fields));
    }

    private void goAway(Duration offline, String firmwareAfter) {
        device.emit(new DeviceEvent.GoingOffline());
        device.network().closeLan();
        Timers.after(offline, () -> {
            device.booted(firmwareAfter);
            updating = false;
            if (device.network().provisioned()) {
                openQuietly();
            }
            scheduleRandomReboot();
        });
    }

    /** With {@link Fault.RandomReboots} active, reboots after a random (exponential) wait, again and again. */
    public void scheduleRandomReboot() {
        device.faults().find(Fault.RandomReboots.class).ifPresent(fault -> {
            double mean = fault.meanInterval().toMillis();
            long wait = (long) (-mean * Math.log(1 - ThreadLocalRandom.current().nextDouble()));
            Timers.after(Duration.ofMillis(wait), () -> {
                if (!stopped && device.faults().has(Fault.RandomReboots.class)) {
                    reboot();
                }
            });
        });
    }

    private void openLan() throws IOException {
        if (!refused && !stopped) {
            device.network().boundLan(device.network().host(), device.network().lanEndpoint().open(device.network().host(), device.network().port()));
            device.network().openHttps();
        }
    }

    private void openQuietly() {
        try {
            openLan();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen at " + device.network().host() + ":" + device.network().port(), e);
        }
    }

    /** Whether the device answers at all right now (sleep cycle and flapping are computed from the clock). */
    boolean reachable() {
        long now = device.nowMs();
        DeviceSpec spec = device.spec();
        if (spec.awake() != null) {
            long cycle = spec.awake().toMillis() + spec.asleep().toMillis();
            if (Math.floorMod(now - startedMs, cycle) >= spec.awake().toMillis()) {
                return false;
            }
        }
        var flapping = device.faults().find(Fault.Flapping.class);
        if (flapping.isPresent()) {
            long on = flapping.get().online().toMillis();
            long cycle = on + flapping.get().offline().toMillis();
            return Math.floorMod(now - startedMs, cycle) < on;
        }
        return true;
    }
}

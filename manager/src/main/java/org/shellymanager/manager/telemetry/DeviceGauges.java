package org.shellymanager.manager.telemetry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.shellymanager.manager.inventory.Device;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Per-device gauges for Prometheus: online, power, energy total, voltage, temperature, RSSI, firmware (info) and
 * update available, labelled as {@code metrics.labels} says, for at most {@code metrics.max-devices} devices (the first
 * by id), so that label cardinality stays bounded.
 *
 * <p>Values are read from each device's poll target when Prometheus scrapes. Every 15 s the gauges are checked
 * against the fleet, and registered again only when that changed: a device came or went, its labels or firmware
 * changed, or a value appeared or vanished (a gauge is left out while its value is unknown). A fleet that only
 * reports new values thus costs no new meters, which would otherwise outlive a young collection every 15 s.
 */
@Component
class DeviceGauges {

    private static final Logger log = LoggerFactory.getLogger(DeviceGauges.class);

    private final PollTargets targets;
    private final TelemetryProperties.Metrics properties;
    private final Map<DeviceGauge, MultiGauge> gauges = new EnumMap<>(DeviceGauge.class);
    private final MultiGauge firmware;
    private List<Shown> registered = List.of();
    private boolean warned;

    DeviceGauges(PollTargets targets, TelemetryProperties properties, MeterRegistry registry) {
        this.targets = targets;
        this.properties = properties.metrics();
        for (DeviceGauge gauge : DeviceGauge.values()) {
            gauges.put(gauge, gauge(registry, gauge.meter, gauge.description, gauge.unit));
        }
        this.firmware = gauge(registry, "shelly.device.firmware.info", "always 1; the firmware version is a label", null);
    }

    private static MultiGauge gauge(MeterRegistry registry, String name, String description, String unit) {
        return MultiGauge.builder(name).description(description).baseUnit(unit).register(registry);
    }

    /**
     * One device's gauges as registered: its target (a device dropped and added again gets a new one), its labels,
     * its firmware and the gauges that have a value.
     */
    private record Shown(PollTarget target, Tags tags, String firmware, Set<DeviceGauge> valued) {
    }

    @Scheduled(fixedDelay = 15_000, initialDelay = 5_000)
    synchronized void refresh() {
        if (!properties.deviceGauges()) {
            return;
        }
        List<PollTarget> all = targets.all().stream().sorted(Comparator.comparing(t -> t.device().id())).toList();
        if (all.size() > properties.maxDevices() && !warned) {
            warned = true;
            log.warn("{} devices, per-device gauges only for the first {} (shelly-manager.telemetry.metrics.max-devices)",
                    all.size(), properties.maxDevices());
        }
        List<Shown> shown = all.subList(0, Math.min(all.size(), properties.maxDevices())).stream()
                .map(this::shown).toList();
        if (!shown.equals(registered)) {
            register(shown);
            registered = shown;
        }
    }

    private Shown shown(PollTarget target) {
        Device device = target.device();
        Set<DeviceGauge> valued = EnumSet.noneOf(DeviceGauge.class);
        for (DeviceGauge gauge : DeviceGauge.values()) {
            if (gauge.value(target) != null) {
                valued.add(gauge);
            }
        }
        return new Shown(target, tags(device), device.firmware(), valued);
    }

    private void register(List<Shown> shown) {
        gauges.forEach((gauge, meter) -> {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (Shown s : shown) {
                if (s.valued().contains(gauge)) {
                    rows.add(MultiGauge.Row.of(s.tags(), s.target(), t -> current(t, gauge)));
                }
            }
            meter.register(rows, true);
        });
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (Shown s : shown) {
            rows.add(MultiGauge.Row.of(s.tags().and("firmware", s.firmware()), 1.0));
        }
        firmware.register(rows, true);
    }

    /** A value as Prometheus scrapes it; NaN when it became unknown since the last check. */
    private static double current(PollTarget target, DeviceGauge gauge) {
        Double v = gauge.value(target);
        return v == null ? Double.NaN : v;
    }

    private Tags tags(Device device) {
        Tags tags = Tags.empty();
        for (String label : properties.labels()) {
            tags = tags.and(label, switch (label) {
                case "id" -> device.id();
                case "name" -> device.name() == null ? "" : device.name();
                case "model" -> device.model();
                case "room" -> device.room() == null ? "" : device.room();
                default -> String.join(",", device.tags());
            });
        }
        return tags;
    }
}

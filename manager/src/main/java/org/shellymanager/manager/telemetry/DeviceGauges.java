package org.shellymanager.manager.telemetry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.shellymanager.manager.inventory.Device;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Per-device gauges for Prometheus, refreshed every 15 s: online, power, energy total, voltage, temperature, RSSI,
 * firmware (info) and update available, labelled as {@code metrics.labels} says, for at most
 * {@code metrics.max-devices} devices (the first by id), so that label cardinality stays bounded.
 */
@Component
class DeviceGauges {

    private static final Logger log = LoggerFactory.getLogger(DeviceGauges.class);

    private final PollTargets targets;
    private final TelemetryProperties.Metrics properties;
    private final Clock clock;
    private final Map<String, MultiGauge> gauges;
    private final MultiGauge firmware;
    private boolean warned;

    DeviceGauges(PollTargets targets, TelemetryProperties properties, MeterRegistry registry, Clock clock) {
        this.targets = targets;
        this.properties = properties.metrics();
        this.clock = clock;
        this.gauges = Map.of(
                "online", gauge(registry, "shelly.device.online", "1 when the device answers, 0 when not", null),
                "power", gauge(registry, "shelly.device.power", "power draw", "watts"),
                "energy", gauge(registry, "shelly.device.energy", "sum of the device's energy counters", "watt_hours"),
                "voltage", gauge(registry, "shelly.device.voltage", "supply voltage", "volts"),
                "temperature", gauge(registry, "shelly.device.temperature", "device temperature", "celsius"),
                "rssi", gauge(registry, "shelly.device.rssi", "Wi-Fi signal", "dbm"),
                "update", gauge(registry, "shelly.device.update.available", "1 when a newer stable firmware is offered", null));
        this.firmware = gauge(registry, "shelly.device.firmware.info", "always 1; the firmware version is a label", null);
    }

    private static MultiGauge gauge(MeterRegistry registry, String name, String description, String unit) {
        return MultiGauge.builder(name).description(description).baseUnit(unit).register(registry);
    }

    @Scheduled(fixedDelay = 15_000, initialDelay = 5_000)
    void refresh() {
        if (!properties.deviceGauges()) {
            return;
        }
        Instant now = clock.instant();
        List<PollTarget> all = targets.all().stream().sorted(Comparator.comparing(t -> t.device().id())).toList();
        if (all.size() > properties.maxDevices() && !warned) {
            warned = true;
            log.warn("{} devices, per-device gauges only for the first {} (shelly-manager.telemetry.metrics.max-devices)",
                    all.size(), properties.maxDevices());
        }
        List<PollTarget> shown = all.subList(0, Math.min(all.size(), properties.maxDevices()));
        List<LatestStatus> statuses = shown.stream().map(t -> t.view(now)).toList();
        register("online", shown, statuses, s -> s.state() == DeviceState.ONLINE || s.state() == DeviceState.ASLEEP ? 1.0 : 0.0);
        register("power", shown, statuses, LatestStatus::powerW);
        register("energy", shown, statuses, LatestStatus::energyWh);
        register("voltage", shown, statuses, s -> Readings.first(s.readings(), Metric.VOLTAGE));
        register("temperature", shown, statuses, s -> Readings.first(s.readings(), Metric.TEMPERATURE));
        register("rssi", shown, statuses, s -> Readings.first(s.readings(), Metric.RSSI));
        register("update", shown, statuses, s -> s.updateAvailable() == null ? null : s.updateAvailable() ? 1.0 : 0.0);
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (PollTarget t : shown) {
            rows.add(MultiGauge.Row.of(tags(t.device()).and("firmware", t.device().firmware()), 1.0));
        }
        firmware.register(rows, true);
    }

    private void register(String name, List<PollTarget> shown, List<LatestStatus> statuses,
                          Function<LatestStatus, Double> value) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Double v = value.apply(statuses.get(i));
            if (v != null) {
                rows.add(MultiGauge.Row.of(tags(shown.get(i).device()), v));
            }
        }
        gauges.get(name).register(rows, true);
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

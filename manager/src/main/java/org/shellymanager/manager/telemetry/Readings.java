package org.shellymanager.manager.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shellymanager.device.model.BatteryStatus;
import org.shellymanager.device.model.Component;
import org.shellymanager.device.model.CoverComponent;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.model.EnergyCounter;
import org.shellymanager.device.model.HumiditySensor;
import org.shellymanager.device.model.IlluminanceSensor;
import org.shellymanager.device.model.InputComponent;
import org.shellymanager.device.model.LightComponent;
import org.shellymanager.device.model.Metering;
import org.shellymanager.device.model.PhaseReading;
import org.shellymanager.device.model.PowerMeter;
import org.shellymanager.device.model.SwitchComponent;
import org.shellymanager.device.model.TemperatureSensor;
import org.shellymanager.device.model.ThreePhaseMeter;
import org.shellymanager.device.model.WifiStatus;

/** Turns a device status into readings: a pure function over the device model. */
final class Readings {

    static final String DEVICE = "device";

    private Readings() {
    }

    static List<Reading> of(DeviceStatus status) {
        List<Reading> out = new ArrayList<>();
        for (Component component : status.components()) {
            add(out, component);
        }
        return List.copyOf(out);
    }

    /**
     * The readings of a new report, made of the previous report's objects where they match: an unchanged reading is
     * the previous object, a changed one keeps the previous channel string. A device's readings live until its next
     * poll, past many young collections, so what they share is not copied into the old generation again each poll.
     * Reports of a different shape (a component came or went) are returned as they are.
     */
    static List<Reading> sharing(List<Reading> previous, List<Reading> current) {
        if (previous.size() != current.size()) {
            return current;
        }
        Reading[] shared = new Reading[current.size()];
        for (int i = 0; i < shared.length; i++) {
            Reading before = previous.get(i);
            Reading now = current.get(i);
            if (before.metric() != now.metric() || !before.channel().equals(now.channel())) {
                return current;
            }
            shared[i] = Double.compare(before.value(), now.value()) == 0 ? before
                    : new Reading(before.channel(), now.metric(), now.value());
        }
        return List.of(shared);
    }

    private static void add(List<Reading> out, Component component) {
        String key = component.key();
        switch (component) {
            case SwitchComponent s -> {
                put(out, key, Metric.OUTPUT, s.on() ? 1.0 : 0.0);
                put(out, key, Metric.TEMPERATURE, s.temperatureC());
                metering(out, key, s.metering());
            }
            case CoverComponent c -> {
                put(out, key, Metric.POSITION, c.positionPercent() == null ? null : c.positionPercent().doubleValue());
                put(out, key, Metric.TEMPERATURE, c.temperatureC());
                metering(out, key, c.metering());
            }
            case LightComponent l -> {
                put(out, key, Metric.OUTPUT, l.on() ? 1.0 : 0.0);
                put(out, key, Metric.BRIGHTNESS, l.brightness() == null ? null : l.brightness().doubleValue());
                metering(out, key, l.metering());
            }
            case InputComponent i -> put(out, key, Metric.INPUT, i.state() == null ? null : i.state() ? 1.0 : 0.0);
            case PowerMeter m -> metering(out, key, m.metering());
            case ThreePhaseMeter m -> {
                put(out, key, Metric.POWER, m.totalPowerW());
                put(out, key, Metric.CURRENT, m.totalCurrentA());
                for (PhaseReading phase : m.phases()) {
                    String channel = key + ":" + phase.phase();
                    put(out, channel, Metric.POWER, phase.powerW());
                    put(out, channel, Metric.VOLTAGE, phase.voltageV());
                    put(out, channel, Metric.CURRENT, phase.currentA());
                    put(out, channel, Metric.POWER_FACTOR, phase.powerFactor());
                    put(out, channel, Metric.FREQUENCY, phase.frequencyHz());
                }
            }
            case EnergyCounter e -> {
                put(out, key, Metric.ENERGY_COUNTER, e.energyWh());
                put(out, key, Metric.RETURNED_ENERGY_COUNTER, e.returnedEnergyWh());
            }
            case TemperatureSensor t -> put(out, key, Metric.TEMPERATURE, t.celsius());
            case HumiditySensor h -> put(out, key, Metric.HUMIDITY, h.relativeHumidityPercent());
            case IlluminanceSensor i -> put(out, key, Metric.ILLUMINANCE, i.lux());
            case BatteryStatus b -> put(out, key, Metric.BATTERY, b.percent() == null ? null : b.percent().doubleValue());
            case WifiStatus w -> put(out, DEVICE, Metric.RSSI, w.rssi() == null ? null : w.rssi().doubleValue());
            default -> { }
        }
    }

    private static void metering(List<Reading> out, String channel, Metering m) {
        if (m == null) {
            return;
        }
        put(out, channel, Metric.POWER, m.powerW());
        put(out, channel, Metric.VOLTAGE, m.voltageV());
        put(out, channel, Metric.CURRENT, m.currentA());
        put(out, channel, Metric.POWER_FACTOR, m.powerFactor());
        put(out, channel, Metric.FREQUENCY, m.frequencyHz());
        put(out, channel, Metric.ENERGY_COUNTER, m.energyWh());
        put(out, channel, Metric.RETURNED_ENERGY_COUNTER, m.returnedEnergyWh());
    }

    private static void put(List<Reading> out, String channel, Metric metric, Double value) {
        if (value != null && Double.isFinite(value)) {
            out.add(new Reading(channel, metric, value));
        }
    }

    /**
     * The device's power draw: meters when it has them (a Gen1 relay repeats the power of its meter), else the sum
     * of its metered outputs; null when nothing is metered.
     */
    static Double devicePower(List<Reading> readings) {
        Map<Boolean, Double> byMeter = new java.util.HashMap<>();
        for (Reading r : readings) {
            if (r.metric() == Metric.POWER && r.channel().chars().filter(ch -> ch == ':').count() == 1) {
                boolean meter = r.channel().startsWith("meter:") || r.channel().startsWith("emeter:")
                        || r.channel().startsWith("em:") || r.channel().startsWith("em1:") || r.channel().startsWith("pm1:");
                byMeter.merge(meter, r.value(), Double::sum);
            }
        }
        return byMeter.containsKey(true) ? byMeter.get(true) : byMeter.get(false);
    }

    /** The sum of the energy counters, Wh, or null when the device counts none. */
    static Double energyTotal(List<Reading> readings) {
        return readings.stream().filter(r -> r.metric() == Metric.ENERGY_COUNTER)
                .map(Reading::value).reduce(Double::sum).orElse(null);
    }

    /** The first value of a metric anywhere on the device, or null. */
    static Double first(List<Reading> readings, Metric metric) {
        return readings.stream().filter(r -> r.metric() == metric).map(Reading::value).findFirst().orElse(null);
    }
}

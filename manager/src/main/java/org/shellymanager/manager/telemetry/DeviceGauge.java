package org.shellymanager.manager.telemetry;

import java.util.function.Function;

/**
 * The per-device gauges {@link DeviceGauges} shows: the meter's name, description and unit, and how its value is
 * read from a device's poll target (null while unknown).
 */
enum DeviceGauge {

    ONLINE("shelly.device.online", "1 when the device answers, 0 when not", null,
            t -> switch (t.state()) {
                case ONLINE, ASLEEP -> 1.0;
                default -> 0.0;
            }),
    POWER("shelly.device.power", "power draw", "watts", t -> Readings.devicePower(t.readings())),
    ENERGY("shelly.device.energy", "sum of the device's energy counters", "watt_hours", t -> Readings.energyTotal(t.readings())),
    VOLTAGE("shelly.device.voltage", "supply voltage", "volts", t -> Readings.first(t.readings(), Metric.VOLTAGE)),
    TEMPERATURE("shelly.device.temperature", "device temperature", "celsius", t -> Readings.first(t.readings(), Metric.TEMPERATURE)),
    RSSI("shelly.device.rssi", "Wi-Fi signal", "dbm", t -> Readings.first(t.readings(), Metric.RSSI)),
    UPDATE("shelly.device.update.available", "1 when a newer stable firmware is offered", null,
            t -> flag(t.updateAvailable()));

    final String meter;
    final String description;
    final String unit;
    private final Function<PollTarget, Double> value;

    DeviceGauge(String meter, String description, String unit, Function<PollTarget, Double> value) {
        this.meter = meter;
        this.description = description;
        this.unit = unit;
        this.value = value;
    }

    /** The value now; null while unknown. */
    Double value(PollTarget target) {
        return value.apply(target);
    }

    /** A flag read once from the target: it may be reset to unknown by a poll at any moment. */
    private static Double flag(Boolean set) {
        return set == null ? null : set ? 1.0 : 0.0;
    }
}

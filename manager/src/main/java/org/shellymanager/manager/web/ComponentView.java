package org.shellymanager.manager.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.shellymanager.manager.telemetry.LatestStatus;
import org.shellymanager.manager.telemetry.Reading;

/**
 * One part of a device as its live status shows it ({@code switch:0}, {@code cover:0}, {@code light:0},
 * {@code temperature:0}, ...) with its readings by metric, and which control suits it.
 *
 * @param kind    the part before the colon: {@code switch}, {@code cover}, {@code light}, ...
 * @param channel the number after it, or 0
 * @param values  metric key ({@code power}, {@code output}, ...) to value
 */
record ComponentView(String key, String kind, int channel, Map<String, Double> values) {

    /** The parts of a device's latest status, in the order of their keys. */
    static List<ComponentView> of(LatestStatus status) {
        if (status == null) {
            return List.of();
        }
        Map<String, Map<String, Double>> byKey = new TreeMap<>();
        for (Reading reading : status.readings()) {
            byKey.computeIfAbsent(reading.channel(), k -> new LinkedHashMap<>()).put(reading.metric().key(), reading.value());
        }
        List<ComponentView> parts = new ArrayList<>();
        byKey.forEach((key, values) -> parts.add(new ComponentView(key, kind(key), channel(key), values)));
        return parts;
    }

    /** Whether it is an on/off output that is on now. */
    public boolean on() {
        Double output = values.get("output");
        return output != null && output >= 0.5;
    }

    /** The control that suits it: {@code switch}, {@code cover}, {@code light} or {@code none}. */
    public String control() {
        return switch (kind) {
            case "switch", "relay" -> "switch";
            case "cover", "roller" -> "cover";
            case "light", "rgb", "rgbw", "cct", "white", "color" -> "light";
            default -> "none";
        };
    }

    /** A reading formatted with its unit, for display. */
    public String show(String metric) {
        Double value = values.get(metric);
        if (value == null) {
            return "–";
        }
        return switch (metric) {
            case "power" -> String.format(Locale.ROOT, "%.1f W", value);
            case "voltage" -> String.format(Locale.ROOT, "%.1f V", value);
            case "current" -> String.format(Locale.ROOT, "%.2f A", value);
            case "energy_counter", "returned_energy_counter" -> String.format(Locale.ROOT, "%.1f Wh", value);
            case "temperature" -> String.format(Locale.ROOT, "%.1f °C", value);
            case "humidity", "battery", "position", "brightness" -> String.format(Locale.ROOT, "%.0f %%", value);
            case "illuminance" -> String.format(Locale.ROOT, "%.0f lx", value);
            case "rssi" -> String.format(Locale.ROOT, "%.0f dBm", value);
            case "output", "input", "online" -> value >= 0.5 ? "on" : "off";
            default -> String.format(Locale.ROOT, "%.2f", value);
        };
    }

    /** The position of a cover, 0 when unknown. */
    public int position() {
        return values.getOrDefault("position", 0.0).intValue();
    }

    /** The brightness of a light, 100 when unknown. */
    public int brightness() {
        return values.getOrDefault("brightness", 100.0).intValue();
    }

    private static String kind(String key) {
        int colon = key.indexOf(':');
        return (colon < 0 ? key : key.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    private static int channel(String key) {
        String[] parts = key.split(":");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

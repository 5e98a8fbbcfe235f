package org.shellymanager.manager.exchange;

import java.util.Map;
import java.util.TreeMap;

/**
 * What to export: the format and the option values, with the defaults of the exporter's schema filled in.
 */
public record ExportRequest(String format, Map<String, String> options) {

    public ExportRequest {
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("an export request needs a format");
        }
        options = Map.copyOf(new TreeMap<>(options));
    }

    /** The option's value, or null when it has none. */
    public String option(String name) {
        return options.get(name);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(options.get(name));
    }

    public int number(String name) {
        return Integer.parseInt(options.get(name));
    }
}

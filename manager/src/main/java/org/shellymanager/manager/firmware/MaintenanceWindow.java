package org.shellymanager.manager.firmware;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The hours in which rollouts may update devices. {@code 22:00-04:00} passes midnight; an empty window is
 * always open.
 *
 * @param start null for "always"
 */
record MaintenanceWindow(LocalTime start, LocalTime end, ZoneId zone) {

    MaintenanceWindow {
        if (zone == null || (start == null) != (end == null) || (start != null && start.equals(end))) {
            throw new IllegalArgumentException("a maintenance window needs a zone and a start different from its end");
        }
    }

    static MaintenanceWindow parse(String window, String zone) {
        ZoneId zoneId;
        try {
            zoneId = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("shelly-manager.firmware.maintenance-zone is not a time zone: " + zone);
        }
        if (window == null || window.isBlank()) {
            return new MaintenanceWindow(null, null, zoneId);
        }
        String[] parts = window.strip().split("-");
        try {
            if (parts.length == 2) {
                LocalTime start = LocalTime.parse(parts[0].strip());
                LocalTime end = LocalTime.parse(parts[1].strip());
                if (!start.equals(end)) {
                    return new MaintenanceWindow(start, end, zoneId);
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("shelly-manager.firmware.maintenance-window must be HH:mm-HH:mm with two "
                + "different times, was '" + window + "'");
    }

    boolean always() {
        return start == null;
    }

    boolean contains(Instant instant) {
        if (always()) {
            return true;
        }
        LocalTime time = instant.atZone(zone).toLocalTime();
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    @Override
    public String toString() {
        return always() ? "any time" : start + "-" + end + " " + zone;
    }
}

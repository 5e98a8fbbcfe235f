package org.shellymanager.simulator.core;

import java.util.List;
import java.util.Map;

/** Something a device reports to its live listeners (Gen2+ WebSocket notifications). */
public sealed interface DeviceEvent {

    /** These components' status changed (Gen2 component keys such as {@code switch:0}). */
    record StatusChanged(List<String> keys) implements DeviceEvent { }

    /** A component raised an event, e.g. {@code input:0 single_push} or {@code sys ota_progress}. */
    record ComponentEvent(String component, Integer id, String event, Map<String, Object> fields)
            implements DeviceEvent { }

    /** The device is going away (reboot, update, address change): live connections close. */
    record GoingOffline() implements DeviceEvent { }
}

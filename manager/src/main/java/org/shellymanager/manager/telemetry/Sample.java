package org.shellymanager.manager.telemetry;

import java.time.Instant;

/** One history point: a reading of a device at a time. */
record Sample(String deviceId, Instant at, Reading reading) {

    Sample {
        if (deviceId == null || at == null || reading == null) {
            throw new IllegalArgumentException("a sample needs a device, a time and a reading");
        }
    }
}

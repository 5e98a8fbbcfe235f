package org.shellymanager.manager.telemetry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a device's energy counters into energy used. A counter that goes down was reset (reboot, counter reset,
 * new firmware): what it shows now was used since the reset, never negative energy. A decrease within rounding
 * noise (0.01 Wh or 0.01 % of the counter) is not a reset and counts as nothing used. Energy is summed between
 * history samples, so none is lost when polls are more frequent than samples. Not thread-safe: one instance per
 * device, used under the device's lock.
 */
final class EnergyCounters {

    private final Map<String, Double> last = new HashMap<>();
    private final Map<String, Double> pending = new LinkedHashMap<>();

    /** Sets the counters known from before (the stored latest status), so that a restart loses no energy. */
    void baseline(List<Reading> readings) {
        readings.stream().filter(r -> r.metric() == Metric.ENERGY_COUNTER).forEach(r -> last.put(r.channel(), r.value()));
    }

    /** Counts what the counters in these readings add since the last call. */
    void count(List<Reading> readings) {
        for (Reading r : readings) {
            if (r.metric() != Metric.ENERGY_COUNTER) {
                continue;
            }
            Double before = last.get(r.channel());
            double now = r.value();
            if (before == null) {
                last.put(r.channel(), now);
                continue;
            }
            double used;
            if (now >= before) {
                used = now - before;
                last.put(r.channel(), now);
            } else if (before - now <= Math.max(0.01, before * 1e-4)) {
                used = 0.0;
            } else {
                used = Math.max(0.0, now);
                last.put(r.channel(), now);
            }
            pending.merge(r.channel(), used, Double::sum);
        }
    }

    /** {@link Metric#ENERGY} readings of what was counted since the last drain, one per channel. */
    List<Reading> drain() {
        List<Reading> out = new ArrayList<>();
        pending.forEach((channel, wh) -> out.add(new Reading(channel, Metric.ENERGY, wh)));
        pending.clear();
        return out;
    }
}

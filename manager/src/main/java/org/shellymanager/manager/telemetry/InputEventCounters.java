package org.shellymanager.manager.telemetry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.model.InputComponent;

/**
 * Turns Gen1 input event counters ({@code event_cnt}) into input events: a counter that moved since the last
 * status means the input's last {@code event} happened (several between two polls are seen as one, with the
 * counter saying how many there were in all). A counter that went down was reset by a reboot: it counts as events
 * only when it is above zero again. The first status only sets the baseline. Gen2+ inputs carry no counter; their
 * events come through push. Not thread-safe: one instance per device, used under the device's lock.
 */
final class InputEventCounters {

    private final Map<String, Integer> last = new HashMap<>();

    List<InputEvent> count(String deviceId, DeviceStatus status, Instant at) {
        List<InputEvent> out = new ArrayList<>();
        for (InputComponent input : status.all(InputComponent.class)) {
            Integer now = input.eventCount();
            if (now == null) {
                continue;
            }
            Integer before = last.put(input.key(), now);
            boolean moved = before != null && (now > before || now < before && now > 0);
            if (moved && InputEvent.storable(input.key(), input.lastEvent())) {
                out.add(new InputEvent(deviceId, at, input.key(), input.lastEvent(), now));
            }
        }
        return out;
    }
}

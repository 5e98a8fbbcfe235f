package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.model.InputComponent;
import tools.jackson.databind.node.JsonNodeFactory;

/** Gen1 input event counters turned into input events. */
class InputEventCountersTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private final InputEventCounters counters = new InputEventCounters();

    @Test
    void theFirstStatusOnlySetsTheBaseline() {
        assertThat(counters.count("d", status("S", 7), AT)).isEmpty();
        assertThat(counters.count("d", status("S", 7), AT)).isEmpty();
    }

    @Test
    void aCounterThatMovedIsTheLastEventWithTheNewCount() {
        counters.count("d", status("S", 7), AT);
        assertThat(counters.count("d", status("L", 9), AT))
                .containsExactly(new InputEvent("d", AT, "input:0", "L", 9));
    }

    @Test
    void aCounterResetByARebootCountsOnlyOnceItIsAboveZeroAgain() {
        counters.count("d", status("S", 7), AT);
        assertThat(counters.count("d", status("S", 0), AT)).isEmpty();
        assertThat(counters.count("d", status("SS", 1), AT)).extracting(InputEvent::event).containsExactly("SS");
        counters.count("d", status("S", 12), AT);
        assertThat(counters.count("d", status("L", 2), AT)).extracting(InputEvent::count).containsExactly(2);
    }

    @Test
    void inputsWithoutACounterOrWithAnImplausibleEventNameGiveNoEvents() {
        counters.count("d", status(null, null), AT);
        assertThat(counters.count("d", status(null, null), AT)).isEmpty();
        counters.count("d", status("S", 1), AT);
        assertThat(counters.count("d", status("x".repeat(65), 2), AT)).isEmpty();
    }

    private static DeviceStatus status(String event, Integer count) {
        InputComponent input = new InputComponent("input:0", 0, false, event, count, JsonNodeFactory.instance.objectNode());
        return new DeviceStatus(List.of(input), JsonNodeFactory.instance.objectNode());
    }
}

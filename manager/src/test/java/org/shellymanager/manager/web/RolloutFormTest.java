package org.shellymanager.manager.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.firmware.DeviceSelector;
import org.shellymanager.manager.firmware.RolloutRequest;

/** The rollout wizard's fields become the same request the API takes. */
class RolloutFormTest {

    @Test
    void aCachedFileBecomesTheFileTargetAndTheWavePlanIsSplitAtCommas() {
        RolloutRequest request = new RolloutForm(" Attic plugs ", "SNSW-001P16EU", " attic ", "", "  ", "file:f-1",
                " 1 ,10% , rest", 2, 0, 3).toRequest();

        assertThat(request.name()).isEqualTo("Attic plugs");
        assertThat(request.devices()).isEqualTo(new DeviceSelector("SNSW-001P16EU", "attic", null, null, null, null));
        assertThat(request.channel()).isNull();
        assertThat(request.fileId()).isEqualTo("f-1");
        assertThat(request.waves()).containsExactly("1", "10%", "rest");
        assertThat(request.concurrency()).isEqualTo(2);
        assertThat(request.maxFailurePercent()).isZero();
        assertThat(request.verifyTimeout()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void blankFieldsLeaveTheServerDefaults() {
        RolloutRequest request = new RolloutForm(null, null, null, null, null, "beta", " ", null, null, null).toRequest();

        assertThat(request.channel()).isEqualTo("beta");
        assertThat(request.fileId()).isNull();
        assertThat(request.name()).isNull();
        assertThat(request.devices()).isEqualTo(new DeviceSelector(null, null, null, null, null, List.of()));
        assertThat(request.waves()).isNull();
        assertThat(request.concurrency()).isNull();
        assertThat(request.verifyTimeout()).isNull();
    }
}

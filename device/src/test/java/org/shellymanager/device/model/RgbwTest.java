package org.shellymanager.device.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RgbwTest {

    @Test
    void aReportedColourIsRoundedChannelByChannel() {
        assertThat(Rgbw.reported(255.0, 0.4, 127.6, 0.0)).isEqualTo(new Rgbw(255, 0, 128, 0));
        assertThat(Rgbw.reported(-0.4, 255.4, 1.0, 2.0)).isEqualTo(new Rgbw(0, 255, 1, 2));
    }

    @Test
    void aChannelMissingOrOutOfRangeMakesTheReportedColourUnknown() {
        assertThat(Rgbw.reported(256.0, 0.0, 0.0, 0.0)).isNull();
        assertThat(Rgbw.reported(0.0, -1.0, 0.0, 0.0)).isNull();
        assertThat(Rgbw.reported(0.0, 0.0, 1e300, 0.0)).isNull();
        assertThat(Rgbw.reported(0.0, 0.0, 0.0, Double.NaN)).isNull();
        assertThat(Rgbw.reported(0.0, 0.0, 0.0, null)).isNull();
    }

    @Test
    void aColourWeBuildMustBeInRange() {
        assertThatThrownBy(() -> Rgbw.rgb(0, 300, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0-255, was 300");
    }
}

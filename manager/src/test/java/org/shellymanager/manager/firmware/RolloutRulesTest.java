package org.shellymanager.manager.firmware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.ManagerException;

/** The pure rules behind rollouts: wave sizes, the maintenance window and version order. */
class RolloutRulesTest {

    @Test
    void wavesTakeCountsSharesRoundedUpAndTheRest() {
        assertThat(WavePlan.sizes(List.of("1", "10%", "rest"), 25)).containsExactly(1, 3, 21);
        assertThat(WavePlan.sizes(List.of("1", "10%", "rest"), 1)).containsExactly(1);
        assertThat(WavePlan.sizes(List.of("5", "5"), 7)).containsExactly(5, 2);
        assertThat(WavePlan.sizes(List.of("2", "2"), 9)).containsExactly(2, 7);
    }

    @Test
    void badWaveStepsAreRefused() {
        assertThatThrownBy(() -> WavePlan.validate(List.of("0"))).isInstanceOf(ManagerException.class);
        assertThatThrownBy(() -> WavePlan.validate(List.of("150%"))).isInstanceOf(ManagerException.class);
        assertThatThrownBy(() -> WavePlan.validate(List.of("half"))).hasMessageContaining("'half'");
        assertThat(WavePlan.validate(null)).containsExactly("1", "10%", "rest");
    }

    @Test
    void maintenanceWindowMayPassMidnight() {
        MaintenanceWindow night = MaintenanceWindow.parse("22:00-04:00", "UTC");
        assertThat(night.contains(Instant.parse("2026-01-01T23:30:00Z"))).isTrue();
        assertThat(night.contains(Instant.parse("2026-01-01T03:59:00Z"))).isTrue();
        assertThat(night.contains(Instant.parse("2026-01-01T04:00:00Z"))).isFalse();
        assertThat(night.contains(Instant.parse("2026-01-01T12:00:00Z"))).isFalse();
        assertThat(MaintenanceWindow.parse("", "").contains(Instant.EPOCH)).isTrue();
        assertThatThrownBy(() -> MaintenanceWindow.parse("25:00-26:00", "UTC")).hasMessageContaining("HH:mm-HH:mm");
    }

    @Test
    void versionsCompareNumericallyAndBuildIdsReduceToTheirVersion() {
        assertThat(FirmwareVersions.version("20230913-112003/v1.14.0-gcb84623")).isEqualTo("1.14.0");
        assertThat(FirmwareVersions.version("20240819-074337/1.4.2-gc2639da")).isEqualTo("1.4.2");
        assertThat(FirmwareVersions.compare("1.10.0", "1.9.3")).isPositive();
        assertThat(FirmwareVersions.compare("1.5.0-beta1", "1.5.0")).isNegative();
        assertThat(FirmwareVersions.same("v1.14.0", "20230913-112003/v1.14.0-gcb84623")).isTrue();
    }
}

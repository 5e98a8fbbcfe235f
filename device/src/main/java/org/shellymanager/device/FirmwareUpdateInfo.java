package org.shellymanager.device;

import java.util.Optional;

/**
 * Firmware the device could install, as the device itself reports it.
 *
 * @param currentVersion the installed version
 * @param stableVersion  a newer stable version, or null when none is offered
 * @param betaVersion    a beta version on offer, or null
 */
public record FirmwareUpdateInfo(String currentVersion, String stableVersion, String betaVersion) {

    public FirmwareUpdateInfo {
        if (currentVersion == null) {
            throw new IllegalArgumentException("current firmware version is required");
        }
    }

    public boolean hasStableUpdate() {
        return stableVersion != null;
    }

    public Optional<String> findStable() {
        return Optional.ofNullable(stableVersion);
    }

    public Optional<String> findBeta() {
        return Optional.ofNullable(betaVersion);
    }
}

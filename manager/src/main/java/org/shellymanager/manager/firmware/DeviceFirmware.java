package org.shellymanager.manager.firmware;

import java.time.Instant;

/**
 * What one device runs and is offered, from its last update check.
 *
 * @param currentVersion the installed version ({@code 1.4.2})
 * @param currentBuild   the installed build id ({@code 20240819-074337/1.4.2-gc2639da})
 * @param stableVersion  a newer stable version on offer, or null when it is current
 * @param betaVersion    a beta on offer, or null
 * @param behindSince    since when a newer stable version has been on offer, or null
 * @param checkError     why the last check failed, or null (the other fields are then from the check before)
 */
public record DeviceFirmware(String deviceId, String currentVersion, String currentBuild, String stableVersion,
                             String betaVersion, Instant checkedAt, Instant behindSince, String checkError) {

    public DeviceFirmware {
        if (deviceId == null || currentVersion == null || currentBuild == null || checkedAt == null) {
            throw new IllegalArgumentException("device id, current version and build, and check time are required");
        }
    }

    public boolean behind() {
        return stableVersion != null;
    }
}

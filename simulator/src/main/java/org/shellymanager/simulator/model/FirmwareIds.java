package org.shellymanager.simulator.model;

/** Firmware ids in the devices' own format: {@code YYYYMMDD-hhmmss/<version>-g<hash>}, Gen1 with a {@code v}. */
public final class FirmwareIds {

    private FirmwareIds() {
    }

    /** The version part: {@code 1.4.2} from {@code 20240819-074337/1.4.2-gc2639da}, {@code 1.14.0} from Gen1 ids. */
    public static String version(String firmwareId) {
        String tail = firmwareId.contains("/") ? firmwareId.substring(firmwareId.indexOf('/') + 1) : firmwareId;
        if (tail.startsWith("v")) {
            tail = tail.substring(1);
        }
        int hash = tail.lastIndexOf("-g");
        return hash > 0 ? tail.substring(0, hash) : tail;
    }

    /** A firmware id for a bare version given in a fleet file ({@code 1.0.0} becomes a full id). */
    public static String forVersion(String versionOrId, int gen) {
        if (versionOrId.contains("/")) {
            return versionOrId;
        }
        String hash = "-g" + Integer.toHexString(versionOrId.hashCode() & 0xfffffff);
        return gen == 1 ? "20230913-112003/v" + versionOrId + hash : "20240101-000000/" + versionOrId + hash;
    }

    /** Major version number, used to pick the digest nonce regime (2 and later track nonces). */
    public static int major(String firmwareId) {
        String version = version(firmwareId);
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

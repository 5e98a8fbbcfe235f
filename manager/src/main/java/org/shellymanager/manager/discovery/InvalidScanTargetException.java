package org.shellymanager.manager.discovery;

/**
 * A scan target the user gave cannot be scanned: malformed or out of range; {@link ScanTooLargeException} when the
 * targets are past the size limit of one scan.
 */
public class InvalidScanTargetException extends IllegalArgumentException {

    private final String target;

    public InvalidScanTargetException(String target, String reason) {
        super(target == null ? reason : "invalid scan target '" + target + "': " + reason);
        this.target = target;
    }

    /** The entry that was refused, or null when the refusal is about the targets as a whole. */
    public String target() {
        return target;
    }
}

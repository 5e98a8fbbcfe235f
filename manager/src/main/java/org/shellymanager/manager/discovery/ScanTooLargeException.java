package org.shellymanager.manager.discovery;

/** The scan targets are well-formed but cover more addresses than one scan may. */
public final class ScanTooLargeException extends InvalidScanTargetException {

    private final long addresses;
    private final long limit;

    public ScanTooLargeException(String target, String reason, long addresses, long limit) {
        super(target, reason);
        this.addresses = addresses;
        this.limit = limit;
    }

    /** How many addresses the targets (or the one entry named) cover. */
    public long addresses() {
        return addresses;
    }

    /** The most addresses one scan may cover. */
    public long limit() {
        return limit;
    }
}

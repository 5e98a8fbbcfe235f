package org.shellymanager.manager.discovery;

import org.shellymanager.manager.inventory.SightingOutcome;

/** Counts of what one scan found, for its summary line. Used from the scanner's one-at-a-time result callback. */
final class DiscoveryTally {

    int probed;
    int added;
    int updated;
    int addressChanged;
    int moved;
    int needsCredentials;
    int notShelly;
    int unreachable;

    void count(SightingOutcome.Change change) {
        switch (change) {
            case ADDED -> added++;
            case UPDATED -> updated++;
            case ADDRESS_CHANGED -> addressChanged++;
        }
    }

    String summary(boolean cancelled) {
        return (cancelled ? "cancelled after " : "scanned ") + probed + " addresses: " + added + " added, " + updated
                + " updated, " + addressChanged + " at a new address, " + moved + " moved away, " + needsCredentials
                + " need credentials, " + notShelly + " not Shelly, " + unreachable + " unreachable";
    }
}

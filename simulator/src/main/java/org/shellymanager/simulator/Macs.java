package org.shellymanager.simulator;

import java.util.HexFormat;
import java.util.Locale;

/** Repeatable MAC addresses per fleet seed, with a vendor prefix per generation. */
final class Macs {

    private static final String[] PREFIX = {"", "8CAAB5", "A8032A", "34CDB0", "7C2C67"};

    private Macs() {
    }

    static String of(int gen, long seed, int index) {
        long suffix = (seed * 7919L + index) & 0xFFFFFFL;
        return (PREFIX[gen] + HexFormat.of().withUpperCase().toHexDigits((int) suffix).substring(2)).toUpperCase(Locale.ROOT);
    }
}

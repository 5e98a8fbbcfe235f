package org.shellymanager.manager.inventory;

import java.util.Locale;

/**
 * The stored sort key of a device's name ({@code devices.name_unset}, {@code devices.name_key}): every statement that
 * writes a name writes these with it, so that the device list's default order comes from an index.
 */
public final class NameOrder {

    /** The columns, in the order of {@link #values}. */
    public static final String COLUMNS = "name_unset, name_key";
    /** The columns as the assignments of an UPDATE, in the order of {@link #values}. */
    public static final String ASSIGNMENTS = "name_unset = ?, name_key = ?";

    private NameOrder() {
    }

    /** The values of {@code name_unset} and {@code name_key} for a name (null when the device has none). */
    public static Object[] values(String name) {
        return new Object[] {name == null ? 1 : 0, name == null ? null : name.toLowerCase(Locale.ROOT)};
    }
}

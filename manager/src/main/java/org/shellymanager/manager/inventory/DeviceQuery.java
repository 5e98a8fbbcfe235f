package org.shellymanager.manager.inventory;

import java.util.Locale;
import java.util.Map;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;

/**
 * Filters, order and page for listing devices. Every filter is optional (null); {@code text} matches name,
 * MAC, device id, model, product name, address, room and notes; {@code drift} compares the device with its latest
 * drift check.
 *
 * @param sort a field and direction such as {@code name,asc} or {@code lastSeen,desc}
 */
public record DeviceQuery(String text, String model, Integer generation, String tag, String room, Boolean online,
                          String firmware, Boolean needsCredentials, DriftFilter drift, String sort, int page, int size) {

    /** Sortable fields and the SQL that orders by them (nulls last on every database). */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "name_unset, name_key",
            "mac", "mac",
            "model", "model",
            "generation", "generation",
            "firmware", "firmware",
            "address", "host, port",
            "room", "CASE WHEN room IS NULL THEN 1 ELSE 0 END, LOWER(room)",
            "firstSeen", "first_seen",
            "lastSeen", "last_seen",
            "online", "online");

    public DeviceQuery {
        sort = sort == null || sort.isBlank() ? "name,asc" : sort.strip();
        if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
            throw invalid("page must be 0 or more and size from 1 to " + Page.MAX_SIZE);
        }
        if (!SORT_COLUMNS.containsKey(sortField(sort)) || !sortDirection(sort).matches("asc|desc")) {
            throw invalid("sort must be one of " + SORT_COLUMNS.keySet().stream().sorted().toList()
                    + " followed by ',asc' or ',desc', was '" + sort + "'");
        }
    }

    /** A query that does not filter by drift. */
    public DeviceQuery(String text, String model, Integer generation, String tag, String room, Boolean online,
                       String firmware, Boolean needsCredentials, String sort, int page, int size) {
        this(text, model, generation, tag, room, online, firmware, needsCredentials, null, sort, page, size);
    }

    /** The parts of an order that put devices without the value last, whichever the direction. */
    static boolean lastInBothDirections(String orderPart) {
        return orderPart.startsWith("CASE") || orderPart.equals("name_unset");
    }

    static String sortField(String sort) {
        int comma = sort.indexOf(',');
        return comma < 0 ? sort : sort.substring(0, comma).strip();
    }

    static String sortDirection(String sort) {
        int comma = sort.indexOf(',');
        return comma < 0 ? "asc" : sort.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static ManagerException invalid(String detail) {
        return new ManagerException(ErrorCode.REQUEST_INVALID, detail);
    }
}

package org.shellymanager.manager.web;

import org.shellymanager.manager.inventory.DeviceQuery;
import org.shellymanager.manager.inventory.DriftFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The devices table's filters, order and page as they arrive from the filter form and the address bar; blank
 * fields mean "any". Checked by {@link DeviceQuery} like the API's.
 */
record DeviceFilter(String q, String model, Integer generation, String room, String tag, Boolean online,
                    String firmware, Boolean needsCredentials, String drift, String sort, Integer page) {

    DeviceFilter {
        q = blankToNull(q);
        model = blankToNull(model);
        room = blankToNull(room);
        tag = blankToNull(tag);
        firmware = blankToNull(firmware);
        drift = blankToNull(drift);
        sort = blankToNull(sort) == null ? "name,asc" : sort.strip();
        page = page == null || page < 0 ? 0 : page;
    }

    DeviceQuery query(int size) {
        return new DeviceQuery(q, model, generation, tag, room, online, firmware, needsCredentials, DriftFilter.parse(drift), sort, page,
                size);
    }

    /** The address of this view at another page. */
    public String page(int number) {
        return builder().replaceQueryParam("page", Math.max(0, number)).build().encode().toUriString();
    }

    /** The address of this view ordered by a field: ascending, or descending when already ascending by it. */
    public String sortBy(String field) {
        String direction = sort.equals(field + ",asc") ? "desc" : "asc";
        return builder().replaceQueryParam("sort", field + "," + direction).replaceQueryParam("page").build().encode().toUriString();
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the column header's aria-sort. */
    public String sortState(String field) {
        return sort.equals(field + ",asc") ? "ascending" : sort.equals(field + ",desc") ? "descending" : "none";
    }

    private UriComponentsBuilder builder() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/devices");
        add(builder, "q", q);
        add(builder, "model", model);
        add(builder, "generation", generation);
        add(builder, "room", room);
        add(builder, "tag", tag);
        add(builder, "online", online);
        add(builder, "firmware", firmware);
        add(builder, "needsCredentials", needsCredentials);
        add(builder, "drift", drift);
        add(builder, "sort", sort);
        add(builder, "page", page == 0 ? null : page);
        return builder;
    }

    private static void add(UriComponentsBuilder builder, String name, Object value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

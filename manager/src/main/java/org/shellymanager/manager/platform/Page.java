package org.shellymanager.manager.platform;

import java.util.List;

/** One page of a longer list: the items, how many there are in all, and which page of what size this is. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 500;

    public Page {
        items = List.copyOf(items);
        if (total < 0 || page < 0 || size < 1) {
            throw new IllegalArgumentException("invalid page: total " + total + ", page " + page + ", size " + size);
        }
    }

    /** Where the page starts in the whole list. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}

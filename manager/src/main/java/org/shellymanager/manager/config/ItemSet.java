package org.shellymanager.manager.config;

import java.util.List;

/**
 * The scripts, schedule jobs or webhooks a device should have. Items are matched to the device's own by their key
 * (or by id when putting a device back to a snapshot); items the device has beyond these are left alone unless
 * the set is exclusive, in which case they are deleted.
 *
 * @param origin the layer that made the set exclusive, or null
 */
record ItemSet(ItemKind kind, boolean exclusive, String origin, List<ListItem> items) {

    ItemSet {
        items = List.copyOf(items);
    }
}

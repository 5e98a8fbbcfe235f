package org.shellymanager.manager.inventory;

/**
 * Where a device sits and how it is, and nothing more: what a picture of the whole fleet needs, read without
 * tags, capabilities or timestamps.
 *
 * @param label the device's name, or its device id when it has none
 */
public record DevicePlacement(String id, String label, String host, String room, boolean online, boolean needsCredentials) {
}

package org.shellymanager.simulator.userdata;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shellymanager.simulator.auth.Hashes;
import tools.jackson.databind.JsonNode;

/** The {@code KVS} store: JSON values with an etag each and one revision ({@code kvs_rev}) for the whole store. */
public final class KeyValueStore {

    /** Limits from the KVS documentation page. */
    public static final int MAX_KEY_LENGTH = 42;
    public static final int MAX_VALUE_LENGTH = 253;
    public static final int MAX_KEYS = 50;

    /** One stored value and its etag. */
    public record Entry(JsonNode value, String etag) { }

    private final Map<String, Entry> entries = new TreeMap<>();
    private int rev;

    public int rev() {
        return rev;
    }

    public int size() {
        return entries.size();
    }

    public Optional<Entry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Map<String, Entry> all() {
        return Map.copyOf(entries);
    }

    /** Stores the value; the new etag is a hash of key, value and revision, so a rewrite changes it too. */
    public Entry put(String key, JsonNode value) {
        rev++;
        Entry entry = new Entry(value.deepCopy(), etag(key + "\n" + value + "\n" + rev));
        entries.put(key, entry);
        return entry;
    }

    public boolean remove(String key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            rev++;
        }
        return removed;
    }

    public void clear() {
        entries.clear();
        rev++;
    }

    private static String etag(String text) {
        return Hashes.sha256(text).substring(0, 32);
    }
}

package org.shellymanager.simulator.userdata;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Numbered entries (schedule jobs, webhooks) with the store-wide revision devices report as {@code schedule_rev} and
 * {@code webhook_rev}: every change counts it up, ids are never reused.
 */
public final class Revisioned {

    private final TreeMap<Integer, ObjectNode> entries = new TreeMap<>();
    private int rev;
    private int nextId = 1;

    public int rev() {
        return rev;
    }

    public int size() {
        return entries.size();
    }

    public List<ObjectNode> all() {
        return entries.values().stream().map(ObjectNode::deepCopy).toList();
    }

    public Optional<ObjectNode> find(int id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Stores the entry under a fresh id (also written into it as {@code id}) and returns the id. */
    public int add(ObjectNode entry) {
        int id = nextId++;
        entry.put("id", id);
        entries.put(id, entry);
        rev++;
        return id;
    }

    public void changed() {
        rev++;
    }

    public boolean remove(int id) {
        boolean removed = entries.remove(id) != null;
        if (removed) {
            rev++;
        }
        return removed;
    }

    public void clear() {
        entries.clear();
        rev++;
    }
}

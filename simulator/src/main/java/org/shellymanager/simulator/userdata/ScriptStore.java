package org.shellymanager.simulator.userdata;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The code of each script and which scripts run. Names and the run-on-boot flag live in the device config as
 * {@code script:<id>}, as on devices. Scripts are not executed: running is a state, not an interpreter.
 */
public final class ScriptStore {

    /** Devices hold at most this many scripts. */
    public static final int MAX_SCRIPTS = 10;

    private final Map<Integer, StringBuilder> code = new TreeMap<>();
    private final Set<Integer> running = new HashSet<>();
    private int nextId = 1;

    public int create() {
        int id = nextId++;
        code.put(id, new StringBuilder());
        return id;
    }

    public boolean exists(int id) {
        return code.containsKey(id);
    }

    public int count() {
        return code.size();
    }

    public int putCode(int id, String text, boolean append) {
        StringBuilder stored = code.get(id);
        if (!append) {
            stored.setLength(0);
        }
        stored.append(text);
        return stored.length();
    }

    public String code(int id) {
        return code.get(id).toString();
    }

    public boolean running(int id) {
        return running.contains(id);
    }

    /** Starts or stops a script; answers whether it was running. */
    public boolean run(int id, boolean on) {
        return on ? !running.add(id) : running.remove(id);
    }

    public void delete(int id) {
        code.remove(id);
        running.remove(id);
    }

    public void clear() {
        code.clear();
        running.clear();
    }
}

package org.shellymanager.simulator.userdata;

/** What users add to a Gen2+ device besides config: scripts, schedule jobs, webhooks and KVS entries. */
public record UserData(ScriptStore scripts, Revisioned schedules, Revisioned webhooks, KeyValueStore kvs) {

    public static UserData empty() {
        return new UserData(new ScriptStore(), new Revisioned(), new Revisioned(), new KeyValueStore());
    }

    /** Factory reset: everything goes (revisions keep counting, so clients see the change). */
    public void clear() {
        scripts.clear();
        schedules.clear();
        webhooks.clear();
        kvs.clear();
    }
}

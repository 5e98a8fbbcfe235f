package org.shellymanager.simulator.state;

/** A switch or button input; events are counted and reported to listeners by the device. */
public final class InputChannel implements Channel {

    private final String kind;
    private final int id;
    private boolean state;
    private int eventCount;
    private String lastEvent = "";

    public InputChannel(String kind, int id) {
        this.kind = kind;
        this.id = id;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String kind() {
        return kind;
    }

    public synchronized void state(boolean closed) {
        state = closed;
    }

    public synchronized boolean state() {
        return state;
    }

    public synchronized void event(String name) {
        eventCount++;
        lastEvent = name;
    }

    public synchronized int eventCount() {
        return eventCount;
    }

    public synchronized String lastEvent() {
        return lastEvent;
    }
}

package org.shellymanager.simulator.fault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.shellymanager.simulator.Fault;

/** The faults active on one device; read on every connection, changed rarely. */
public final class FaultSet {

    private final List<Fault> active = new CopyOnWriteArrayList<>();

    public void add(Fault fault) {
        active.removeIf(existing -> existing.getClass() == fault.getClass());
        active.add(fault);
    }

    public void clear() {
        active.clear();
    }

    public List<Fault> all() {
        return List.copyOf(active);
    }

    public boolean has(Class<? extends Fault> kind) {
        return find(kind).isPresent();
    }

    public <F extends Fault> Optional<F> find(Class<F> kind) {
        for (Fault fault : active) {
            if (kind.isInstance(fault)) {
                return Optional.of(kind.cast(fault));
            }
        }
        return Optional.empty();
    }
}

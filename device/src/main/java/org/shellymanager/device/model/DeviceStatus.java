package org.shellymanager.device.model;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A device's status in our model: every component in wire order, and the reply as received. */
public record DeviceStatus(List<Component> components, JsonNode raw) {

    public DeviceStatus {
        components = List.copyOf(components);
        if (raw == null) {
            throw new IllegalArgumentException("raw status is required");
        }
    }

    public Optional<Component> find(String key) {
        return components.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Component get(String key) {
        return find(key).orElseThrow(() -> new NoSuchElementException("no component " + key));
    }

    public <T extends Component> List<T> all(Class<T> type) {
        return components.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends Component> Optional<T> find(Class<T> type, String key) {
        return find(key).filter(type::isInstance).map(type::cast);
    }

    public <T extends Component> T get(Class<T> type, String key) {
        return find(type, key).orElseThrow(() -> new NoSuchElementException("no " + type.getSimpleName() + " " + key));
    }

    public Optional<SystemStatus> findSystem() {
        return all(SystemStatus.class).stream().findFirst();
    }
}

package org.shellymanager.manager.discovery;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.RunSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;

/** The discovery networks: validated on every change, and those from the settings file put in place at start-up. */
@Service
public class NetworkService implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(NetworkService.class);

    private final JdbcNetworkStore store;
    private final DiscoveryService discovery;
    private final DiscoveryProperties properties;
    private final Clock clock;

    NetworkService(JdbcNetworkStore store, DiscoveryService discovery, DiscoveryProperties properties, Clock clock) {
        this.store = store;
        this.discovery = discovery;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        for (DiscoveryProperties.ConfiguredNetwork configured : properties.networks()) {
            NetworkSpec spec = new NetworkSpec(configured.name(), configured.targets(), configured.schedule(),
                    configured.enabled(), configured.mdns());
            store.findByName(configured.name()).ifPresentOrElse(
                    existing -> update(existing.id(), spec),
                    () -> create(spec));
            log.info("discovery network '{}' from the settings: targets {}, schedule {}", configured.name(),
                    configured.targets(), configured.schedule());
        }
    }

    public List<Network> list() {
        return store.list();
    }

    /** @throws ManagerException {@code network.not-found} */
    public Network get(String id) {
        return store.find(id).orElseThrow(() -> new ManagerException(ErrorCode.NETWORK_NOT_FOUND, "No network with id " + id + "."));
    }

    public Network create(NetworkSpec spec) {
        validate(spec, null);
        Network network = new Network(UUID.randomUUID().toString(), spec.name(), spec.targets(), spec.mdns(),
                spec.schedule(), spec.enabled(), clock.instant(), null);
        store.insert(network);
        return network;
    }

    public Network update(String id, NetworkSpec spec) {
        Network old = get(id);
        validate(spec, id);
        store.update(new Network(id, spec.name(), spec.targets(), spec.mdns(), spec.schedule(), spec.enabled(),
                old.createdAt(), old.lastRunAt()));
        return get(id);
    }

    public void delete(String id) {
        if (!store.delete(id)) {
            throw new ManagerException(ErrorCode.NETWORK_NOT_FOUND, "No network with id " + id + ".");
        }
    }

    void markRun(String id) {
        store.markRun(id, clock.instant());
    }

    private void validate(NetworkSpec spec, String id) {
        if (!spec.targets().isEmpty() || !spec.mdns()) {
            discovery.addresses(spec.targets());
        }
        if (spec.schedule() != null) {
            RunSchedule.parse(spec.schedule(), ErrorCode.NETWORK_SCHEDULE_INVALID);
        }
        store.findByName(spec.name()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new ManagerException(ErrorCode.NETWORK_DUPLICATE, "A network named '" + spec.name()
                    + "' already exists (" + other.id() + ").", Map.of("networkId", other.id()));
        });
    }
}

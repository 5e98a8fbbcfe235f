package org.shellymanager.manager.discovery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.RunSchedule;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks")
class NetworkController {

    private final NetworkService networks;

    NetworkController(NetworkService networks) {
        this.networks = networks;
    }

    @GetMapping
    @RequiresRole(Role.VIEWER)
    List<NetworkResponse> list() {
        return networks.list().stream().map(NetworkResponse::of).toList();
    }

    @PostMapping
    @RequiresRole(Role.OPERATOR)
    ResponseEntity<NetworkResponse> create(@Valid @RequestBody NetworkSpec spec) {
        return ResponseEntity.status(HttpStatus.CREATED).body(NetworkResponse.of(networks.create(spec)));
    }

    @GetMapping("/{id}")
    @RequiresRole(Role.VIEWER)
    NetworkResponse get(@PathVariable String id) {
        return NetworkResponse.of(networks.get(id));
    }

    @PutMapping("/{id}")
    @RequiresRole(Role.OPERATOR)
    NetworkResponse replace(@PathVariable String id, @Valid @RequestBody NetworkSpec spec) {
        return NetworkResponse.of(networks.update(id, spec));
    }

    @DeleteMapping("/{id}")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<Void> delete(@PathVariable String id) {
        networks.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** A network with the time its next scheduled discovery is due, or null when it has none. */
    record NetworkResponse(String id, String name, List<String> targets, boolean mdns, String schedule, boolean enabled,
                           Instant createdAt, Instant lastRunAt, Instant nextRunAt) {

        static NetworkResponse of(Network n) {
            Instant next = n.enabled() && n.schedule() != null
                    ? RunSchedule.parse(n.schedule(), ErrorCode.NETWORK_SCHEDULE_INVALID).next(n.lastRunAt() != null ? n.lastRunAt() : n.createdAt(), ZoneId.systemDefault())
                    : null;
            return new NetworkResponse(n.id(), n.name(), n.targets(), n.mdns(), n.schedule(), n.enabled(), n.createdAt(), n.lastRunAt(), next);
        }
    }
}

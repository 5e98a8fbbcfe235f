package org.shellymanager.manager.discovery;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a user gives to create or replace a network; {@code enabled} defaults to true, {@code mdns} to false.
 * Without targets, a network must browse mDNS.
 */
public record NetworkSpec(@NotBlank @Size(max = 128) String name, @Size(max = 256) List<String> targets,
                          @Size(max = 128) String schedule, Boolean enabled, Boolean mdns) {

    public NetworkSpec {
        name = name == null ? null : name.strip();
        targets = targets == null ? List.of() : targets;
        schedule = schedule == null || schedule.isBlank() ? null : schedule.strip();
        enabled = enabled == null || enabled;
        mdns = mdns != null && mdns;
    }

    /** A network of targets only, without mDNS. */
    public NetworkSpec(String name, List<String> targets, String schedule, Boolean enabled) {
        this(name, targets, schedule, enabled, false);
    }
}

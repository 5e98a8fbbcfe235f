package org.shellymanager.manager.discovery;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** What a user gives to create or replace a network; {@code enabled} defaults to true. */
public record NetworkSpec(@NotBlank @Size(max = 128) String name, @NotEmpty @Size(max = 256) List<String> targets,
                          @Size(max = 128) String schedule, Boolean enabled) {

    public NetworkSpec {
        name = name == null ? null : name.strip();
        schedule = schedule == null || schedule.isBlank() ? null : schedule.strip();
        enabled = enabled == null || enabled;
    }
}

package org.shellymanager.manager.config;

import java.time.Instant;

/**
 * A named, partial, generation-neutral configuration applied to the devices it is assigned to. Of two
 * templates that set the same value for a device, the one with the higher priority wins (then the later name).
 */
record Template(String id, String name, String description, int priority, Assignment assignTo,
                TemplateSettings settings, Instant updatedAt) {

    static final int MAX_NAME = 128;

    Template {
        if (id == null || name == null || name.isBlank() || name.length() > MAX_NAME || assignTo == null
                || settings == null || updatedAt == null) {
            throw new IllegalArgumentException("a template needs an id, a name of 1-" + MAX_NAME
                    + " characters, an assignment, settings and a time");
        }
    }
}

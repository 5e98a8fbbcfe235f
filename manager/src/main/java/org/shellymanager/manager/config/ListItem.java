package org.shellymanager.manager.config;

import tools.jackson.databind.node.ObjectNode;

/**
 * One script, schedule job or webhook: as a device holds it or as a template wants it.
 *
 * @param id     the device's id for it; {@link #NEW} when it comes from a template and is matched by its key
 * @param spec   its properties in the device's own names ({@code name, code, enable, running} for a script)
 * @param origin the layer it came from ({@code template:<name>}, {@code snapshot:<version>}, {@code device})
 */
record ListItem(int id, ObjectNode spec, String origin) {

    static final int NEW = -1;
}

package org.shellymanager.manager.cli;

/** How a command prints what the server answered. */
enum OutputFormat {
    /** Aligned columns for people. */
    table,
    /** The API's JSON, pretty-printed, for scripts and {@code jq}. */
    json,
    /** The API's answer as YAML. */
    yaml
}

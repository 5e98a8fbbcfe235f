package org.shellymanager.manager.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the CLI takes from its surroundings: environment variables, where its config file lives, and whether it
 * writes to a terminal. Passed in, so that tests can give their own.
 */
record CliEnvironment(Map<String, String> variables, Path configFile, boolean terminal) {

    static final String SERVER_VARIABLE = "SHELLY_MANAGER_URL";
    static final String TOKEN_VARIABLE = "SHELLY_MANAGER_TOKEN";

    CliEnvironment {
        variables = Map.copyOf(variables);
    }

    static CliEnvironment system() {
        Map<String, String> variables = System.getenv();
        String configHome = variables.get("XDG_CONFIG_HOME");
        Path base = configHome == null || configHome.isBlank()
                ? Path.of(System.getProperty("user.home"), ".config") : Path.of(configHome);
        return new CliEnvironment(variables, base.resolve("shelly-manager").resolve("cli.yaml"), System.console() != null);
    }

    String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}

package org.shellymanager.manager.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which server the CLI talks to and with which API token. Each comes from the first place that has it: the
 * command-line flag, the environment ({@code SHELLY_MANAGER_URL}, {@code SHELLY_MANAGER_TOKEN}), the config file
 * ({@code server:} and {@code token:} in {@code ~/.config/shelly-manager/cli.yaml}); the server defaults to
 * {@value #DEFAULT_SERVER}, the token to none.
 */
record ClientSettings(URI server, String token) {

    static final String DEFAULT_SERVER = "http://localhost:8080";

    static ClientSettings resolve(String serverFlag, String tokenFlag, CliEnvironment environment) {
        JsonNode file = readConfigFile(environment.configFile());
        String server = first(serverFlag, environment.variable(CliEnvironment.SERVER_VARIABLE), text(file, "server"),
                DEFAULT_SERVER);
        String token = first(tokenFlag, environment.variable(CliEnvironment.TOKEN_VARIABLE), text(file, "token"), null);
        return new ClientSettings(serverUri(server), token);
    }

    private static URI serverUri(String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with the same advice as any other malformed URL
        }
        throw new CliInputException("the server URL must look like http://host:port, was '" + text + "'");
    }

    private static JsonNode readConfigFile(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode node = YAMLMapper.builder().build().readTree(file.toFile());
            if (node != null && !node.isMissingNode() && !node.isNull() && !node.isObject()) {
                throw new CliInputException("the CLI config file " + file + " must hold 'server:' and 'token:' keys");
            }
            return node;
        } catch (JacksonException e) {
            throw new CliInputException("cannot read the CLI config file " + file + ": " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode file, String key) {
        if (file == null) {
            return null;
        }
        JsonNode value = file.path(key);
        return value.isValueNode() && !value.isNull() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static String first(String... candidates) {
        return Stream.of(candidates).filter(value -> value != null && !value.isBlank()).findFirst().orElse(null);
    }
}

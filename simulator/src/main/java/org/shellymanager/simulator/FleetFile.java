package org.shellymanager.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.JsonNode;

/** Reads the YAML fleet file format described in {@code docs/simulator.md}. */
final class FleetFile {

    private FleetFile() {
    }

    static FleetSpec read(Path path) {
        try {
            return parse(Yaml.read(Files.readString(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fleet file " + path, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    static FleetSpec parse(JsonNode root) {
        FleetSpec.Builder fleet = FleetSpec.builder();
        if (root.has("host")) {
            fleet.host(root.path("host").asString());
        }
        if (root.has("port")) {
            fleet.port(root.path("port").asInt());
        }
        if (root.has("basePort")) {
            fleet.basePort(root.path("basePort").asInt());
        }
        if (root.has("seed")) {
            fleet.seed(root.path("seed").asLong());
        }
        if (root.has("updateOffline")) {
            fleet.updateOffline(duration(root.path("updateOffline").asString()));
        }
        if (root.has("rebootOffline")) {
            fleet.rebootOffline(duration(root.path("rebootOffline").asString()));
        }
        if (root.has("notifyPeriod")) {
            fleet.notifyPeriod(duration(root.path("notifyPeriod").asString()));
        }
        fleet.mdns(root.path("mdns").asBoolean(false));
        fleet.sharedListeners(root.path("sharedListeners").asBoolean(false));
        root.path("stableFirmware").properties().forEach(e -> fleet.stableFirmware(e.getKey(), e.getValue().asString()));
        for (JsonNode group : root.path("devices")) {
            String model = group.path("model").asString(null);
            if (model == null) {
                throw new IllegalArgumentException("every device group needs a model");
            }
            fleet.add(model, group.path("count").asInt(1), d -> options(group, d));
        }
        return fleet.build();
    }

    private static void options(JsonNode group, DeviceSpec.Builder device) {
        if (group.has("profile")) {
            device.profile(group.path("profile").asString());
        }
        if (group.has("name")) {
            device.name(group.path("name").asString());
        }
        if (group.has("user")) {
            device.user(group.path("user").asString());
        }
        if (group.has("password")) {
            device.password(group.path("password").asString());
        }
        if (group.has("firmware")) {
            device.firmware(group.path("firmware").asString());
        }
        if (!group.path("provisioned").asBoolean(true)) {
            device.unprovisioned();
        }
        if (group.has("sleep")) {
            device.sleep(duration(group.path("sleep").path("awake").asString()),
                    duration(group.path("sleep").path("asleep").asString()));
        }
        if (group.has("load")) {
            device.load(group.path("load").asDouble());
        }
        if (group.path("https").asBoolean(false)) {
            device.https();
        }
        if (group.path("failUpdates").asBoolean(false)) {
            device.failUpdates();
        }
        for (JsonNode fault : group.path("faults")) {
            device.fault(fault(fault));
        }
    }

    private static Fault fault(JsonNode node) {
        String name = node.isString() ? node.asString() : node.propertyNames().iterator().next();
        JsonNode value = node.isString() ? null : node.get(name);
        return switch (name) {
            case "latency" -> new Fault.Latency(duration(value.asString()));
            case "noAnswer" -> new Fault.NoAnswer();
            case "refused" -> new Fault.Refused();
            case "reset" -> new Fault.Reset();
            case "serverError" -> new Fault.ServerError();
            case "malformedJson" -> new Fault.MalformedJson();
            case "truncatedJson" -> new Fault.TruncatedJson();
            case "slowDrip" -> new Fault.SlowDrip(duration(value.asString()));
            case "oversizedBody" -> new Fault.OversizedBody(value.asInt());
            case "randomReboots" -> new Fault.RandomReboots(duration(value.asString()));
            case "flapping" -> new Fault.Flapping(duration(value.path("online").asString()),
                    duration(value.path("offline").asString()));
            case "wrongCredentials" -> new Fault.WrongCredentials();
            case "nonceExhaustion" -> new Fault.NonceExhaustion();
            default -> throw new IllegalArgumentException("unknown fault " + name);
        };
    }

    /** {@code 250ms}, {@code 3s}, {@code 5m}, {@code 1h}. */
    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("bad duration " + text + " (use ms, s, m or h)");
        };
    }
}

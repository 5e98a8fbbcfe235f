package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * For every model and endpoint listed in {@code conformance.yaml}, the simulator's answer has the structure of the
 * real capture (keys, nesting, JSON types), except for the differences listed there with a reason. Listed
 * differences that no longer occur fail the test too, so the list stays true.
 */
class ConformanceTest {

    private static final JsonNode CASES = Yaml.read(resource("conformance.yaml"));
    private static SimulatedFleet fleet;

    @BeforeAll
    static void start() {
        FleetSpec.Builder spec = FleetSpec.builder();
        for (JsonNode check : CASES.path("checks")) {
            spec.add(check.path("model").asString(), 1, d -> {
                d.name("Test Name");
                if (check.has("profile")) {
                    d.profile(check.path("profile").asString());
                }
            });
        }
        fleet = SimulatedFleet.start(spec.build());
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    static Stream<Arguments> checks() {
        List<Arguments> arguments = new ArrayList<>();
        int index = 0;
        for (JsonNode check : CASES.path("checks")) {
            arguments.add(Arguments.of(check.path("model").asString() + " " + check.path("endpoint").asString(),
                    index++, check));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void answerHasTheStructureOfTheRealCapture(String name, int index, JsonNode check) {
        SimulatedDevice device = fleet.devices().get(index);
        JsonNode capture = Yaml.read(resource("captures/" + check.path("capture").asString()));
        JsonNode answer = answer(device, check.path("endpoint").asString());
        SortedSet<String> expected = JsonShape.of(capture);
        SortedSet<String> actual = JsonShape.of(answer);
        SortedSet<String> differences = new TreeSet<>();
        expected.stream().filter(p -> !actual.contains(p)).forEach(p -> differences.add("missing " + p));
        actual.stream().filter(p -> !expected.contains(p)).forEach(p -> differences.add("extra " + p));
        List<String> allowed = new ArrayList<>();
        for (JsonNode difference : check.path("differences")) {
            allowed.add(difference.path("diff").asString());
        }
        List<String> unexplained = differences.stream().filter(d -> allowed.stream().noneMatch(a -> matches(a, d))).toList();
        List<String> stale = allowed.stream().filter(a -> differences.stream().noneMatch(d -> matches(a, d))).toList();
        assertThat(unexplained).as("differences not listed in conformance.yaml").isEmpty();
        assertThat(stale).as("listed differences that no longer occur").isEmpty();
    }

    private static JsonNode answer(SimulatedDevice device, String endpoint) {
        return TestHttp.json(endpoint.startsWith("/") ? TestHttp.get(device.address(), endpoint)
                : TestHttp.get(device.address(), "/rpc/" + endpoint));
    }

    /** A listed difference matches literally, or as a prefix when it ends in {@code *}. */
    private static boolean matches(String pattern, String difference) {
        return pattern.endsWith("*") ? difference.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(difference);
    }

    static String resource(String path) {
        try (InputStream in = ConformanceTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

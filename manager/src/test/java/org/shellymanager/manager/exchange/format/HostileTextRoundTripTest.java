package org.shellymanager.manager.exchange.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.Parsers;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * Hostile text as keys and values of {@link YamlWriter} and {@link TomlWriter}, read back with {@link Parsers#YAML}
 * (YAML 1.2), SnakeYAML (YAML 1.1, as PyYAML reads it) and {@link Parsers#TOML} (export check and import). Every
 * string comes back unchanged, except that a lone surrogate, which UTF-8 cannot carry, comes back as U+FFFD.
 */
class HostileTextRoundTripTest {

    /** Booleans, nulls, numbers, dates and indicators of YAML 1.1, 1.2 and TOML; quotes, escapes, line breaks, controls. */
    private static final List<String> EXAMPLES = List.of("", " ", "yes", "No", "ON", "off", "y", "N", "true", "False", "null",
            "Null", "~", "1e3", "0x1f", "0o17", "010", "1_000", "12:30", "190:20:30", "1.5", ".5", ".inf", "-.inf", ".NaN",
            "inf", "nan", "+1", "-1", "2025-01-02", "2025-01-02T03:04:05Z", "1979-05-27", "<<", "=", "-", "- x", "-x", "? x",
            "?", ":", "a: b", "a:b", "a #b", "#c", "# comment", "*a", "&a", "!t", "!!str", "%d", "@x", "`x", "|", ">",
            "'", "''", "'''", "'q'", "\"", "\"\"\"", "\"q\"", "[a]", "[table]", "[[array]]", "{a: 1}", ",", "a.b", "a b",
            "key = value", " lead", "trail ", "\\", "back\\slash", "\\n", "\\u0041", "line\nbreak", "\r\n", "tab\there",
            "\u0000", "\u0007", "\u0008", "\u001B", "\u001F", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\uFEFFbom",
            "\uFFFE", "\uFFFF", "\uD800", "x\uDC00", "\uDBFF\uDFFF", "\uD83D\uDCA1 lamp", "Küche \"Licht\"", "---", "...",
            "--- x");

    @Test
    void hostileExamplesReadBackAsKeysAndValues() {
        for (String text : EXAMPLES) {
            assertYamlRoundTrip(text, text);
            assertTomlRoundTrip(text, text);
        }
    }

    @Property(tries = 500)
    void anyStringReadsBackAsKeyAndValue(@ForAll("strings") String key, @ForAll("strings") String value) {
        assertYamlRoundTrip(key, value);
        assertTomlRoundTrip(key, value);
    }

    @Provide
    Arbitrary<String> strings() {
        return Arbitraries.oneOf(Arbitraries.of(EXAMPLES), Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.of(EXAMPLES).list().ofMaxSize(4).map(parts -> String.join("", parts)));
    }

    private static void assertYamlRoundTrip(String key, String value) {
        String sibling = key.equals("after") ? "later" : "after";
        String text = new YamlWriter().mapping("root").entry(key, value).entry(sibling, 7).end().text();
        ExportFile file = ExportFile.text("t.yaml", "application/yaml", text);
        String expectedKey = encodable(key);
        JsonNode root = Parsers.YAML.readTree(file.content()).path("root");
        assertThat(root.propertyNames()).as(text).containsExactly(expectedKey, sibling);
        assertThat(root.path(expectedKey).isString()).as(text).isTrue();
        assertThat(root.path(expectedKey).asString()).as(text).isEqualTo(encodable(value));
        assertThat(yaml11(file).get("root")).as(text).isEqualTo(Map.of(expectedKey, encodable(value), sibling, 7));
    }

    private static void assertTomlRoundTrip(String key, String value) {
        Map<String, Object> document = Map.of("device", Map.of(key, value));
        String text = TomlWriter.document(document);
        JsonNode device = Parsers.TOML.readTree(text).path("device");
        String expectedKey = encodable(key);
        assertThat(device.propertyNames()).as(text).containsExactly(expectedKey);
        assertThat(device.path(expectedKey).asString()).as(text).isEqualTo(encodable(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml11(ExportFile file) {
        return (Map<String, Object>) new Yaml().load(new ByteArrayInputStream(file.content()));
    }

    /** What the text reads back as from UTF-8: every lone surrogate replaced by U+FFFD. */
    private static String encodable(String text) {
        return text.codePoints().map(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? 0xFFFD : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}

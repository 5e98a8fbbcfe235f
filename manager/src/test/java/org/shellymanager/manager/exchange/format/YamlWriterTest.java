package org.shellymanager.manager.exchange.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.exchange.Parsers;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/** Layout of the documents {@link YamlWriter} writes, read back as YAML 1.2 and as YAML 1.1 (SnakeYAML). */
class YamlWriterTest {

    @Test
    @SuppressWarnings("unchecked")
    void writesBlockMappingsSequencesAndEmptyContainers() {
        String text = new YamlWriter().mapping("all")
                .entry("name", "kitchen").entry("port", 80).nullEntry("kuche-licht")
                .mapping("empty").end()
                .sequence("none").end()
                .sequence("switch").item().entry("name", "a").entry("on", "on").end().item().end().end()
                .end().text();
        assertThat(text).isEqualTo("""
                ---
                all:
                  name: "kitchen"
                  port: 80
                  kuche-licht: null
                  empty: {}
                  none: []
                  switch:
                  - name: "a"
                    "on": "on"
                  - {}
                """);
        Map<String, Object> all = new Yaml().load(text);
        assertThat((Map<String, Object>) all.get("all")).containsEntry("name", "kitchen").containsEntry("port", 80)
                .containsEntry("kuche-licht", null).containsEntry("empty", Map.of()).containsEntry("none", List.of())
                .containsEntry("switch", List.of(Map.of("name", "a", "on", "on"), Map.of()));
        JsonNode tree = Parsers.YAML.readTree(text).path("all");
        assertThat(tree.path("port").isInt()).isTrue();
        assertThat(tree.path("kuche-licht").isNull()).isTrue();
        assertThat(tree.path("switch").get(0).path("on").asString()).isEqualTo("on");
        assertThat(tree.path("switch").get(1).isObject()).isTrue();
    }

    @Test
    void refusesUnbalancedDocumentsAndOverlongKeys() {
        assertThatThrownBy(() -> new YamlWriter().mapping("all").text()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new YamlWriter().mapping("all").end().end()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new YamlWriter().mapping("all").item()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new YamlWriter().sequence("all").entry("a", "b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new YamlWriter().entry("\n".repeat(600), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limited to 1000 characters");
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
        String text = new YamlWriter().mapping("all").entry("x\uDC00", "\uD800\uD83D\uDCA1").end().text();
        assertThat(text).isEqualTo("---\nall:\n  \"x\uFFFD\": \"\uFFFD\uD83D\uDCA1\"\n");
    }
}

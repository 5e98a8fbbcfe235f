package org.shellymanager.manager.exchange.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.exchange.Parsers;
import tools.jackson.databind.JsonNode;

/** Layout of the documents {@link TomlWriter} writes, read back as export checks and import read them. */
class TomlWriterTest {

    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
        assertThat(TomlWriter.document(Map.of("x\uDC00", "\uD800\uD83D\uDCA1"))).isEqualTo("\"x\uFFFD\" = \"\uFFFD\uD83D\uDCA1\"\n");
    }

    @Test
    void writesNestedMapsListsAndJsonAsJacksonsTomlWriterDoes() {
        JsonNode settings = Parsers.JSON.readTree("""
                {"mqtt": {"enabled": true, "server": "10.0.0.2:1883", "port": 1883, "ratio": 0.25, "big": 12345678901234567890},
                 "switches": {"0": {"name": "${var.label}"}}, "schedules": [{"on": "08:00", "days": [1, 2]}, [], {}],
                 "empty": {}, "cleared": null, "dotted.key": "x"}""");
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("name", "Küche \"Licht\"");
        device.put("port", 80);
        device.put("online", false);
        device.put("tags", List.of("light", "ground floor"));
        device.put("none", List.of());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("device", device);
        document.put("desired", Map.of("settings", settings));
        document.put("variables", Map.of());
        String text = TomlWriter.document(document);
        assertThat(text).startsWith("""
                device.name = "Küche \\"Licht\\""
                device.port = 80
                device.online = false
                device.tags = ["light", "ground floor"]
                device.none = []
                desired.settings.mqtt.enabled = true
                desired.settings.mqtt.server = "10.0.0.2:1883"
                """).contains("desired.settings.schedules = [{on = \"08:00\", days = [1, 2]}, [], {}]\n")
                .contains("desired.settings.\"dotted.key\" = \"x\"\n").endsWith("variables = {}\n");
        assertThat(Parsers.TOML.readTree(text)).isEqualTo(Parsers.TOML.readTree(Parsers.TOML.writeValueAsString(document)));
    }

    @Test
    void refusesValuesTomlCannotHold() {
        assertThatThrownBy(() -> TomlWriter.document(Map.of("when", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TOML cannot hold a java.lang.Object");
    }
}

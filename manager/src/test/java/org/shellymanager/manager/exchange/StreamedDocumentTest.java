package org.shellymanager.manager.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StreamedDocumentTest {

    private static ExportFile json(String text) {
        return ExportFile.text("d.json", "application/json", text);
    }

    @Test
    void handsOverTheListItemByItemAndAnswersTheRestWithTheListEmpty() {
        List<String> seen = new ArrayList<>();
        JsonNode rest = StreamedDocument.read(Parsers.JSON, json("""
                {"format": "f", "devices": [{"mac": "a"}, {"mac": "b"}], "after": {"devices": [1]}}"""),
                List.of("devices"), (name, item) -> seen.add(name + "=" + item.path("mac").asString()));
        assertThat(seen).containsExactly("null=a", "null=b");
        assertThat(rest.path("format").asString()).isEqualTo("f");
        assertThat(rest.path("devices").isArray()).isTrue();
        assertThat(rest.path("devices")).isEmpty();
        assertThat(rest.path("after").path("devices")).hasSize(1);
    }

    @Test
    void handsOverAnObjectsMembersWithTheirNames() {
        List<String> seen = new ArrayList<>();
        JsonNode rest = StreamedDocument.read(Parsers.YAML, ExportFile.text("i.yaml", "application/yaml", """
                all:
                  hosts:
                    one: {port: 80}
                    two:
                """), List.of("all", "hosts"), (name, item) -> seen.add(name + "=" + item.path("port").asInt(0)));
        assertThat(seen).containsExactly("one=80", "two=0");
        assertThat(rest.path("all").path("hosts").isObject()).isTrue();
    }

    @Test
    void aSyntaxErrorAnywhereFailsTheRead() {
        assertThatThrownBy(() -> StreamedDocument.read(Parsers.JSON, json("{\"devices\": [{\"mac\": \"a\"}, {\"mac\": }]}"),
                List.of("devices"), (name, item) -> { })).isInstanceOf(ExportCheckException.class).hasMessageContaining("d.json is not valid JSON");
        assertThatThrownBy(() -> StreamedDocument.read(Parsers.JSON, json("{\"other\": [1, 2,, 3], \"devices\": []}"),
                List.of("devices"), (name, item) -> { })).isInstanceOf(ExportCheckException.class);
        assertThatThrownBy(() -> StreamedDocument.read(Parsers.JSON, json("[1] [2]"), List.of(), (name, item) -> { }))
                .hasMessageContaining("more than one document");
        assertThatThrownBy(() -> StreamedDocument.read(Parsers.JSON, json(""), List.of(), (name, item) -> { }))
                .hasMessageContaining("d.json is empty");
    }
}

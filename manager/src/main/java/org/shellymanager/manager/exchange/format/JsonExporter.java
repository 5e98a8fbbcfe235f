package org.shellymanager.manager.exchange.format;

import java.util.List;

import org.shellymanager.manager.exchange.DeviceFields;
import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportOption;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.JsonOutput;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.StreamedDocument;
import tools.jackson.databind.JsonNode;

/** The whole inventory as one JSON document, the format {@code import} reads back without loss. */
public final class JsonExporter implements Exporter {

    /** The value of the document's {@code format} member. */
    public static final String FORMAT = "shelly-manager/fleet";
    public static final int VERSION = 1;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String description() {
        return "Full inventory as one JSON document; import reads it back without loss";
    }

    @Override
    public List<String> formats() {
        return List.of("json");
    }

    @Override
    public List<ExportOption> options() {
        return List.of(ExportOption.bool("pretty", "Indent the document", true));
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        byte[] document = JsonOutput.write(request.flag("pretty"), json -> {
            json.writeStartObject();
            json.writeStringProperty("format", FORMAT);
            json.writeNumberProperty("version", VERSION);
            json.writeName("devices");
            json.writeStartArray();
            snapshot.devices().forEach(device -> json.writePOJO(DeviceFields.of(device)));
            json.writeEndArray();
            json.writeEndObject();
        });
        return List.of(new ExportFile("fleet.json", "application/json", document));
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        JsonNode document = StreamedDocument.read(Parsers.JSON, file, List.of("devices"), (name, device) ->
                Parsers.require(name == null, file, "devices array missing"));
        Parsers.require(FORMAT.equals(document.path("format").asString("")), file, "format member missing");
        Parsers.require(document.path("devices").isArray(), file, "devices array missing");
    }
}

package org.shellymanager.manager.exchange.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.exchange.DeviceFields;
import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportOption;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Parsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

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
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("version", VERSION);
        document.put("devices", snapshot.devices().stream().map(DeviceFields::of).toList());
        String text = Parsers.JSON.rebuild().configure(SerializationFeature.INDENT_OUTPUT, request.flag("pretty")).build()
                .writeValueAsString(document);
        return List.of(ExportFile.text("fleet.json", "application/json", text + "\n"));
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        JsonNode document = Parsers.json(file);
        Parsers.require(FORMAT.equals(document.path("format").asString("")), file, "format member missing");
        Parsers.require(document.path("devices").isArray(), file, "devices array missing");
    }
}

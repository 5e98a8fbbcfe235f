package org.shellymanager.manager.exchange.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportOption;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.JsonOutput;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.SnapshotDevice;
import org.shellymanager.manager.exchange.StreamedDocument;
import tools.jackson.databind.JsonNode;

/** Prometheus file-based service discovery: one target group per device with its identity as labels. */
public final class PrometheusExporter implements Exporter {

    @Override
    public String name() {
        return "prometheus";
    }

    @Override
    public String description() {
        return "Prometheus file_sd targets (JSON), one per device, labelled with MAC, model, name and room";
    }

    @Override
    public List<String> formats() {
        return List.of("json");
    }

    @Override
    public List<ExportOption> options() {
        return List.of(ExportOption.integer("port", "Port to scrape; 0 uses each device's HTTP port", 0));
    }

    @Override
    public List<String> validate(ExportRequest request) {
        int port = request.number("port");
        return port >= 0 && port <= 65_535 ? List.of() : List.of("option port must be from 0 to 65535");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        int port = request.number("port");
        byte[] groups = JsonOutput.array(snapshot.devices(), device -> {
            Map<String, Object> group = new LinkedHashMap<>();
            String host = device.host().contains(":") ? "[" + device.host() + "]" : device.host();
            group.put("targets", List.of(host + ":" + (port == 0 ? device.port() : port)));
            group.put("labels", labels(device));
            return group;
        });
        return List.of(new ExportFile("shelly-targets.json", "application/json", groups));
    }

    private static Map<String, String> labels(SnapshotDevice device) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("shelly_mac", device.mac());
        labels.put("shelly_model", device.model());
        labels.put("shelly_generation", Integer.toString(device.generation()));
        labels.put("shelly_name", device.label());
        if (device.room() != null) {
            labels.put("shelly_room", device.room());
        }
        return labels;
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        JsonNode rest = StreamedDocument.read(Parsers.JSON, file, List.of(), (name, group) -> {
            Parsers.require(name == null, file, "not a JSON array of target groups");
            Parsers.require(group.path("targets").isArray() && group.path("labels").isObject(), file, "malformed target group");
            group.path("labels").properties().forEach(label -> Parsers.require(
                    label.getKey().matches("[a-zA-Z_][a-zA-Z0-9_]*") && label.getValue().isString(), file, "bad label " + label.getKey()));
        });
        Parsers.require(rest.isArray(), file, "not a JSON array of target groups");
    }
}

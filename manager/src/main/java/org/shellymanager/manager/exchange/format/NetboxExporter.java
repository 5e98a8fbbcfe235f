package org.shellymanager.manager.exchange.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.exchange.Csv;
import org.shellymanager.manager.exchange.ExportCheckException;
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

/** NetBox device bulk import (Devices > Import), as CSV or JSON, with the site and role chosen by options. */
public final class NetboxExporter implements Exporter {

    private static final List<String> COLUMNS = List.of("name", "role", "manufacturer", "device_type", "site", "status",
            "serial", "description");

    @Override
    public String name() {
        return "netbox";
    }

    @Override
    public String description() {
        return "NetBox device bulk import (CSV or JSON)";
    }

    @Override
    public List<String> formats() {
        return List.of("csv", "json");
    }

    @Override
    public List<ExportOption> options() {
        return List.of(ExportOption.text("site", "NetBox site slug the devices belong to", "home"),
                ExportOption.text("role", "NetBox device role slug", "iot"));
    }

    @Override
    public List<String> validate(ExportRequest request) {
        return request.option("site").matches("[a-z0-9_-]{1,100}") && request.option("role").matches("[a-z0-9_-]{1,100}")
                ? List.of() : List.of("options site and role must be NetBox slugs (lowercase letters, digits, - and _)");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        if (request.format().equals("json")) {
            return List.of(new ExportFile("netbox-devices.json", "application/json",
                    JsonOutput.array(snapshot.devices(), device -> row(device, request))));
        }
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        snapshot.devices().forEach(device -> {
            Map<String, String> row = row(device, request);
            out.append(Csv.line(COLUMNS.stream().map(row::get).toList()));
        });
        return List.of(ExportFile.text("netbox-devices.csv", "text/csv", out.toString()));
    }

    private static Map<String, String> row(SnapshotDevice device, ExportRequest request) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", Reservation.plain(device.label()));
        row.put("role", request.option("role"));
        row.put("manufacturer", "Shelly");
        row.put("device_type", device.model());
        row.put("site", request.option("site"));
        row.put("status", device.status().equals("ACTIVE") ? "active" : "offline");
        row.put("serial", device.mac());
        row.put("description", Reservation.plain(device.productName() + (device.room() == null ? "" : ", " + device.room())));
        return row;
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        if (request.format().equals("json")) {
            JsonNode rest = StreamedDocument.read(Parsers.JSON, file, List.of(), (name, row) -> {
                Parsers.require(name == null, file, "not a JSON array");
                Parsers.require(COLUMNS.stream().allMatch(c -> row.path(c).isString()), file, "row without " + COLUMNS);
            });
            Parsers.require(rest.isArray(), file, "not a JSON array");
            return;
        }
        try {
            List<Csv.Row> rows = Csv.parse(file.text());
            Parsers.require(!rows.isEmpty() && rows.getFirst().cells().equals(COLUMNS), file, "header row missing");
            rows.forEach(row -> Parsers.require(row.cells().size() == COLUMNS.size(), file, "line " + row.line() + " has the wrong field count"));
        } catch (IllegalArgumentException e) {
            throw new ExportCheckException(file.path() + ": " + e.getMessage(), e);
        }
    }
}

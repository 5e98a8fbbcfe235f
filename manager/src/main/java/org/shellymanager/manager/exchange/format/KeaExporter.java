package org.shellymanager.manager.exchange.format;

import java.util.List;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.JsonOutput;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.StreamedDocument;
import tools.jackson.databind.JsonNode;

/** Kea DHCPv4 global host reservations, {@code {"Dhcp4": {"reservations": [...]}}}, to merge into kea-dhcp4.conf. */
public final class KeaExporter implements Exporter {

    @Override
    public String name() {
        return "kea";
    }

    @Override
    public String description() {
        return "Kea DHCPv4 host reservations (JSON)";
    }

    @Override
    public List<String> formats() {
        return List.of("json");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        byte[] document = JsonOutput.write(true, json -> {
            json.writeStartObject();
            json.writeName("Dhcp4");
            json.writeStartObject();
            json.writeName("reservations");
            json.writeStartArray();
            for (Reservation r : Reservation.of(snapshot.devices())) {
                json.writeStartObject();
                json.writeStringProperty("hw-address", r.mac());
                json.writeStringProperty("ip-address", r.ip());
                json.writeStringProperty("hostname", r.hostname());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        });
        return List.of(new ExportFile("kea-reservations.json", "application/json", document));
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        JsonNode rest = StreamedDocument.read(Parsers.JSON, file, List.of("Dhcp4", "reservations"), (name, r) -> {
            Parsers.require(name == null, file, "Dhcp4.reservations array missing");
            Parsers.require(Reservation.isMac(r.path("hw-address").asString(""))
                    && Reservation.isIpv4(r.path("ip-address").asString(""))
                    && Hostnames.isValid(r.path("hostname").asString("")), file, "malformed reservation " + r);
        });
        Parsers.require(rest.path("Dhcp4").path("reservations").isArray(), file, "Dhcp4.reservations array missing");
    }
}

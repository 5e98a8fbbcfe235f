package org.shellymanager.manager.exchange.format;

import java.util.List;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportOption;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;

/**
 * DHCP static mappings as configuration XML, to merge into a firewall's exported config.xml. OPNsense and pfSense
 * share the format and differ only in the root element {@link StaticMaps} writes.
 */
abstract class StaticMapExporter implements Exporter {

    private final String name;
    private final String product;

    StaticMapExporter(String name, String product) {
        this.name = name;
        this.product = product;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return product + " DHCP static mappings (configuration XML)";
    }

    @Override
    public List<String> formats() {
        return List.of("xml");
    }

    @Override
    public List<ExportOption> options() {
        return List.of(ExportOption.text("interface", "DHCP interface element the mappings go under", "lan"));
    }

    @Override
    public List<String> validate(ExportRequest request) {
        return request.option("interface").matches("[a-z][a-z0-9_]{0,31}") ? List.of()
                : List.of("option interface must be an interface name such as lan or opt1");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        return List.of(ExportFile.text(name + "-staticmap.xml", "application/xml",
                StaticMaps.write(name, request.option("interface"), Reservation.of(snapshot.devices()))));
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        StaticMaps.check(file, name);
    }
}

package org.shellymanager.manager.exchange.format;

/** pfSense DHCP static mappings as configuration XML, to merge into an exported config.xml. */
public final class PfsenseExporter extends StaticMapExporter {

    public PfsenseExporter() {
        super("pfsense", "pfSense");
    }
}

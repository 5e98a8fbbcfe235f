package org.shellymanager.manager.exchange.format;

/** OPNsense DHCP static mappings as configuration XML, to merge into an exported config.xml. */
public final class OpnsenseExporter extends StaticMapExporter {

    public OpnsenseExporter() {
        super("opnsense", "OPNsense");
    }
}

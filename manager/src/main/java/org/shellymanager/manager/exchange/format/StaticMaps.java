package org.shellymanager.manager.exchange.format;

import java.io.StringWriter;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.Parsers;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DHCP static mappings of OPNsense and pfSense configuration XML, which share the shape
 * {@code <root><dhcpd><lan><staticmap><mac/><ipaddr/><hostname/><descr/></staticmap>...}.
 */
final class StaticMaps {

    private StaticMaps() {
    }

    static String write(String root, String dhcpInterface, List<Reservation> reservations) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element top = document.createElement(root);
            Element parent = document.createElement(dhcpInterface);
            document.appendChild(top).appendChild(document.createElement("dhcpd")).appendChild(parent);
            for (Reservation r : reservations) {
                Element map = document.createElement("staticmap");
                child(document, map, "mac", r.mac());
                child(document, map, "ipaddr", r.ip());
                child(document, map, "hostname", r.hostname());
                child(document, map, "descr", Reservation.plain(r.device().label()));
                parent.appendChild(map);
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out + "\n";
        } catch (Exception e) {
            throw new IllegalStateException("the JDK's XML writer failed", e);
        }
    }

    private static void child(Document document, Element parent, String name, String text) {
        parent.appendChild(document.createElement(name)).setTextContent(text);
    }

    static void check(ExportFile file, String root) {
        Document document = Parsers.xml(file);
        Parsers.require(document.getDocumentElement().getNodeName().equals(root), file, "root element is not <" + root + ">");
        NodeList maps = document.getElementsByTagName("staticmap");
        for (int i = 0; i < maps.getLength(); i++) {
            Element map = (Element) maps.item(i);
            Parsers.require(Reservation.isMac(text(map, "mac")) && Reservation.isIpv4(text(map, "ipaddr"))
                    && Hostnames.isValid(text(map, "hostname")), file, "staticmap " + (i + 1) + " is malformed");
        }
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 1 ? found.item(0).getTextContent() : "";
    }
}

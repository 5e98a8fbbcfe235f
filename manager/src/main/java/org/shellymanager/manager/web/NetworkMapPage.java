package org.shellymanager.manager.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DeviceQuery;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The network map: every device in a box of its subnet (/24 for IPv4) and, inside it, of its room, coloured by
 * state. The page draws it with Cytoscape from {@code /map/graph}.
 */
@Controller
@RequiresRole(Role.VIEWER)
class NetworkMapPage {

    private final InventoryService inventory;

    NetworkMapPage(InventoryService inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/map")
    String map() {
        return "map";
    }

    @GetMapping("/map/graph")
    @ResponseBody
    Graph graph() {
        Map<String, Element> groups = new LinkedHashMap<>();
        List<Element> devices = new ArrayList<>();
        int page = 0;
        Page<Device> batch;
        do {
            batch = inventory.list(new DeviceQuery(null, null, null, null, null, null, null, null, "address,asc", page++, Page.MAX_SIZE));
            for (Device device : batch.items()) {
                String subnet = subnet(device.address().host());
                groups.computeIfAbsent("net:" + subnet, id -> new Element(new Node(id, subnet, null, null, null)));
                String parent = "net:" + subnet;
                if (device.room() != null && !device.room().isBlank()) {
                    parent = "room:" + subnet + ":" + device.room();
                    String netId = "net:" + subnet;
                    groups.computeIfAbsent(parent, id -> new Element(new Node(id, device.room(), netId, null, null)));
                }
                String label = device.name() == null || device.name().isBlank() ? device.deviceId() : device.name();
                devices.add(new Element(new Node(device.id(), label, parent, state(device), "/devices/" + device.id())));
            }
        } while ((long) page * Page.MAX_SIZE < batch.total());
        List<Element> elements = new ArrayList<>(groups.values());
        elements.addAll(devices);
        return new Graph(elements, devices.size());
    }

    static String subnet(String host) {
        String[] octets = host.split("\\.");
        if (octets.length == 4 && host.matches("[0-9.]+")) {
            return octets[0] + "." + octets[1] + "." + octets[2] + ".0/24";
        }
        return host;
    }

    private static String state(Device device) {
        return device.needsCredentials() ? "attention" : device.online() ? "online" : "offline";
    }

    /** Cytoscape elements: groups first (compound parents), then devices. */
    record Graph(List<Element> elements, int devices) {
    }

    record Element(Node data) {
    }

    /** A group (no state, no link) or a device. */
    record Node(String id, String label, String parent, String state, String href) {
    }
}

package org.shellymanager.manager.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.shellymanager.manager.inventory.DevicePlacement;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The network map as Cytoscape elements, compound parents first: a box per subnet (/24 for IPv4, else the host),
 * inside it a box per room, inside those the devices; or, for a large fleet, a node per room of a subnet with how
 * many of its devices are online, offline and needing credentials, which the page opens on request.
 *
 * @param devices devices in the picture, drawn or counted
 * @param grouped whether rooms stand for their devices
 */
record MapGraph(List<Element> elements, int devices, boolean grouped) {

    /** Every device as its own node. */
    static MapGraph ofDevices(List<DevicePlacement> devices) {
        Map<String, Element> boxes = new LinkedHashMap<>();
        List<Element> nodes = new ArrayList<>();
        for (DevicePlacement device : devices) {
            String subnet = subnet(device.host());
            String net = "net:" + subnet;
            boxes.computeIfAbsent(net, id -> Element.of(Node.box(id, subnet, null)));
            String room = roomOf(device);
            String parent = room == null ? net : "room:" + subnet + ":" + room;
            if (room != null) {
                boxes.computeIfAbsent(parent, id -> Element.of(Node.box(id, room, net)));
            }
            nodes.add(device(device, parent));
        }
        List<Element> elements = new ArrayList<>(boxes.values());
        elements.addAll(nodes);
        return new MapGraph(elements, devices.size(), false);
    }

    /** A node per room of each subnet (and one for a subnet's devices without a room), with their counts. */
    static MapGraph ofGroups(List<DevicePlacement> devices) {
        Map<String, Element> boxes = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String[]> groups = new LinkedHashMap<>();
        for (DevicePlacement device : devices) {
            String subnet = subnet(device.host());
            boxes.computeIfAbsent("net:" + subnet, id -> Element.of(Node.box(id, subnet, null)));
            String room = roomOf(device);
            String id = groupId(subnet, room);
            groups.putIfAbsent(id, new String[] {subnet, room});
            int[] count = counts.computeIfAbsent(id, k -> new int[3]);
            count[device.needsCredentials() ? 2 : device.online() ? 0 : 1]++;
        }
        List<Element> elements = new ArrayList<>(boxes.values());
        groups.forEach((id, where) -> {
            int[] count = counts.get(id);
            int total = count[0] + count[1] + count[2];
            String expand = UriComponentsBuilder.fromPath("/map/graph/group").queryParam("subnet", where[0])
                    .queryParamIfPresent("room", java.util.Optional.ofNullable(where[1])).build().encode().toUriString();
            elements.add(Element.of(new Node(id, (where[1] == null ? "no room" : where[1]) + " · " + total, "net:" + where[0],
                    null, null, expand, total, count[0], count[1], count[2])));
        });
        return new MapGraph(elements, devices.size(), true);
    }

    static Element device(DevicePlacement device, String parent) {
        String state = device.needsCredentials() ? "attention" : device.online() ? "online" : "offline";
        return Element.of(new Node(device.id(), device.label(), parent, state, "/devices/" + device.id(), null, null, null,
                null, null));
    }

    /** The id of a room's node in the grouped picture; {@code room} null for the subnet's devices without one. */
    static String groupId(String subnet, String room) {
        return room == null ? "group:" + subnet : "group:" + subnet + ":" + room;
    }

    static String subnet(String host) {
        String[] octets = host.split("\\.");
        if (octets.length == 4 && host.matches("[0-9.]+")) {
            return octets[0] + "." + octets[1] + "." + octets[2] + ".0/24";
        }
        return host;
    }

    static String roomOf(DevicePlacement device) {
        return device.room() == null || device.room().isBlank() ? null : device.room();
    }

    record Element(Node data) {
        static Element of(Node node) {
            return new Element(node);
        }
    }

    /**
     * A box (no state), a device (state and link) or a group of the grouped picture (its address to open it and
     * its counts).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Node(String id, String label, String parent, String state, String href, String expand, Integer devices,
                Integer online, Integer offline, Integer attention) {

        static Node box(String id, String label, String parent) {
            return new Node(id, label, parent, null, null, null, null, null, null, null);
        }
    }
}

package org.shellymanager.manager.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.shellymanager.manager.inventory.DevicePlacement;

/**
 * The network map as Cytoscape elements, compound parents first: a box per subnet (/24 for IPv4, else the host),
 * inside it a box per room, inside those the devices; or, for a large fleet, nodes that stand for a room of a subnet
 * or a whole subnet with how many of their devices are online, offline and needing credentials, which the page
 * opens on request ({@link MapGroups}).
 *
 * @param devices devices in the picture, drawn or counted
 * @param grouped whether nodes stand for groups of devices
 */
record MapGraph(List<Element> elements, int devices, boolean grouped) {

    private static final Pattern IPV4 = Pattern.compile("([0-9]+\\.[0-9]+\\.[0-9]+)\\.[0-9]+");

    /** Every device as its own node. */
    static MapGraph ofDevices(List<DevicePlacement> devices) {
        Map<String, Element> boxes = new LinkedHashMap<>();
        List<Element> nodes = new ArrayList<>();
        for (DevicePlacement device : devices) {
            String subnet = subnet(device.host());
            String net = netId(subnet);
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

    static Element device(DevicePlacement device, String parent) {
        String state = device.needsCredentials() ? "attention" : device.online() ? "online" : "offline";
        return Element.of(new Node(device.id(), device.label(), parent, state, "/devices/" + device.id(), null, null, null,
                null, null));
    }

    /** The id of a room's node in the grouped picture; {@code room} null for the subnet's devices without one. */
    static String groupId(String subnet, String room) {
        return room == null ? "group:" + subnet : "group:" + subnet + ":" + room;
    }

    /** The id of a subnet's box, or of its node in the grouped picture by subnet. */
    static String netId(String subnet) {
        return "net:" + subnet;
    }

    /** The /24 of an IPv4 address such as {@code 10.0.0.0/24}; any other host stands for itself. */
    static String subnet(String host) {
        Matcher ipv4 = IPV4.matcher(host);
        return ipv4.matches() ? ipv4.group(1) + ".0/24" : host;
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
     * A box (no state), a device (state and link) or a group of a grouped picture, a room or a subnet (its address
     * to open it and its counts).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Node(String id, String label, String parent, String state, String href, String expand, Integer devices,
                Integer online, Integer offline, Integer attention) {

        static Node box(String id, String label, String parent) {
            return new Node(id, label, parent, null, null, null, null, null, null, null);
        }
    }
}

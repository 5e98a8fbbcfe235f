package org.shellymanager.manager.web;

import java.util.List;

import org.shellymanager.manager.inventory.DevicePlacement;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The network map: devices in a box of their subnet (/24 for IPv4) and, inside it, of their room, coloured by
 * state. The page draws it with Cytoscape from {@code /map/graph}. Up to {@code shelly-manager.web.map-devices}
 * devices it holds every device; past that, one node per room of a subnet with its counts, and the devices of a
 * group come from {@code /map/graph/group} when a person opens it (nobody reads 10,000 dots at once). Past
 * {@code shelly-manager.web.map-groups} such groups, one node per subnet, whose rooms come from
 * {@code /map/graph/subnet} when opened.
 */
@Controller
@RequiresRole(Role.VIEWER)
class NetworkMapPage {

    private final InventoryService inventory;
    private final WebProperties properties;

    NetworkMapPage(InventoryService inventory, WebProperties properties) {
        this.inventory = inventory;
        this.properties = properties;
    }

    @GetMapping("/map")
    String map() {
        return "map";
    }

    @GetMapping("/map/graph")
    @ResponseBody
    MapGraph graph() {
        List<DevicePlacement> devices = inventory.placements(null);
        if (devices.size() <= properties.mapDevices()) {
            return MapGraph.ofDevices(devices);
        }
        MapGroups groups = MapGroups.of(devices);
        return groups.groups() <= properties.mapGroups() ? groups.rooms() : groups.subnets();
    }

    /** The rooms of one subnet of the picture by subnet, each with its counts. */
    @GetMapping("/map/graph/subnet")
    @ResponseBody
    MapGraph subnet(@RequestParam String subnet) {
        return MapGroups.of(inventory.placements(null)).roomsOf(subnet);
    }

    /** The devices of one group of the grouped picture: a room of a subnet, or the subnet's devices without a room. */
    @GetMapping("/map/graph/group")
    @ResponseBody
    MapGraph group(@RequestParam String subnet, @RequestParam(required = false) String room) {
        String wanted = room == null || room.isBlank() ? null : room;
        List<DevicePlacement> devices = inventory.placements(wanted).stream()
                .filter(d -> MapGraph.subnet(d.host()).equals(subnet) && (wanted != null || MapGraph.roomOf(d) == null))
                .toList();
        String parent = MapGraph.groupId(subnet, wanted);
        return new MapGraph(devices.stream().map(d -> MapGraph.device(d, parent)).toList(), devices.size(), false);
    }
}

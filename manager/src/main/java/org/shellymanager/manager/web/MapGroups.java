package org.shellymanager.manager.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shellymanager.manager.inventory.DevicePlacement;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How many devices of each room of each subnet are online, offline and needing credentials, counted in one pass
 * over the fleet: the grouped pictures of the network map. With few groups the map shows a node per room of a
 * subnet inside the subnet's box; with many, a node per subnet, whose rooms come from {@link #roomsOf} when opened.
 */
final class MapGroups {

    /** Per subnet (in the fleet's order), per room (null for the devices without one): online, offline, attention. */
    private final Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
    private final int devices;
    private int groups;

    private MapGroups(List<DevicePlacement> fleet) {
        for (DevicePlacement device : fleet) {
            Map<String, int[]> rooms = counts.computeIfAbsent(MapGraph.subnet(device.host()), k -> new LinkedHashMap<>());
            int[] count = rooms.computeIfAbsent(MapGraph.roomOf(device), k -> {
                groups++;
                return new int[3];
            });
            count[device.needsCredentials() ? 2 : device.online() ? 0 : 1]++;
        }
        this.devices = fleet.size();
    }

    static MapGroups of(List<DevicePlacement> fleet) {
        return new MapGroups(fleet);
    }

    /** How many rooms of subnets (a subnet's devices without a room counting as one) the fleet has. */
    int groups() {
        return groups;
    }

    /** A box per subnet and inside it a node per room with its counts, opened by {@code /map/graph/group}. */
    MapGraph rooms() {
        List<MapGraph.Element> elements = new ArrayList<>();
        counts.keySet().forEach(subnet -> elements.add(MapGraph.Element.of(MapGraph.Node.box(MapGraph.netId(subnet), subnet, null))));
        counts.forEach((subnet, rooms) -> addRooms(elements, subnet, rooms));
        return new MapGraph(elements, devices, true);
    }

    /** A node per subnet with its counts, opened by {@code /map/graph/subnet}. */
    MapGraph subnets() {
        List<MapGraph.Element> elements = new ArrayList<>();
        counts.forEach((subnet, rooms) -> {
            String expand = UriComponentsBuilder.fromPath("/map/graph/subnet").queryParam("subnet", subnet)
                    .build().encode().toUriString();
            elements.add(group(MapGraph.netId(subnet), subnet, null, expand, rooms.values().toArray(int[][]::new)));
        });
        return new MapGraph(elements, devices, true);
    }

    /** The room nodes of one subnet, to be placed inside that subnet's node; none for a subnet the fleet lacks. */
    MapGraph roomsOf(String subnet) {
        Map<String, int[]> rooms = counts.getOrDefault(subnet, Map.of());
        List<MapGraph.Element> elements = new ArrayList<>();
        addRooms(elements, subnet, rooms);
        return new MapGraph(elements, rooms.values().stream().mapToInt(MapGroups::total).sum(), true);
    }

    private static void addRooms(List<MapGraph.Element> elements, String subnet, Map<String, int[]> rooms) {
        rooms.forEach((room, count) -> {
            String expand = UriComponentsBuilder.fromPath("/map/graph/group").queryParam("subnet", subnet)
                    .queryParamIfPresent("room", Optional.ofNullable(room)).build().encode().toUriString();
            elements.add(group(MapGraph.groupId(subnet, room), room == null ? "no room" : room, MapGraph.netId(subnet),
                    expand, count));
        });
    }

    private static MapGraph.Element group(String id, String name, String parent, String expand, int[]... counts) {
        int online = 0;
        int offline = 0;
        int attention = 0;
        for (int[] count : counts) {
            online += count[0];
            offline += count[1];
            attention += count[2];
        }
        int total = online + offline + attention;
        return MapGraph.Element.of(new MapGraph.Node(id, name + " · " + total, parent, null, null, expand, total, online,
                offline, attention));
    }

    private static int total(int[] count) {
        return count[0] + count[1] + count[2];
    }
}

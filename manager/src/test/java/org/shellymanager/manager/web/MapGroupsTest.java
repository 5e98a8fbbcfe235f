package org.shellymanager.manager.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shellymanager.manager.web.MapGraphTest.FLEET;
import static org.shellymanager.manager.web.MapGraphTest.node;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.inventory.DevicePlacement;

/** The network map's grouped pictures: a node per room of a subnet, or a node per subnet opened into its rooms. */
class MapGroupsTest {

    @Test
    void groupsALargeFleetByRoomAndSubnetWithCountsAndAnAddressToOpenEach() {
        MapGroups groups = MapGroups.of(FLEET);
        MapGraph graph = groups.rooms();

        assertThat(groups.groups()).isEqualTo(3);
        assertThat(graph.grouped()).isTrue();
        assertThat(graph.devices()).isEqualTo(5);
        assertThat(graph.elements()).extracting(e -> e.data().id()).containsExactly("net:10.0.0.0/24", "net:10.0.1.0/24",
                "net:heater.lan", "group:10.0.0.0/24:Hall", "group:10.0.1.0/24", "group:heater.lan:Cellar & Boiler");
        MapGraph.Node hall = node(graph, "group:10.0.0.0/24:Hall");
        assertThat(List.of(hall.devices(), hall.online(), hall.offline(), hall.attention())).containsExactly(3, 1, 1, 1);
        assertThat(hall.label()).isEqualTo("Hall · 3");
        assertThat(hall.parent()).isEqualTo("net:10.0.0.0/24");
        assertThat(hall.expand()).isEqualTo("/map/graph/group?subnet=10.0.0.0/24&room=Hall");
        assertThat(node(graph, "group:10.0.1.0/24").expand()).isEqualTo("/map/graph/group?subnet=10.0.1.0/24");
        assertThat(node(graph, "group:10.0.1.0/24").label()).isEqualTo("no room · 1");
        assertThat(node(graph, "group:heater.lan:Cellar & Boiler").expand())
                .isEqualTo("/map/graph/group?subnet=heater.lan&room=Cellar%20%26%20Boiler");
    }

    @Test
    void showsOneNodePerSubnetWithTheCountsOfAllItsRooms() {
        List<DevicePlacement> fleet = new ArrayList<>(FLEET);
        fleet.add(new DevicePlacement("f", "Fan", "10.0.0.8", "Attic", false, false));
        MapGraph graph = MapGroups.of(fleet).subnets();

        assertThat(graph.grouped()).isTrue();
        assertThat(graph.devices()).isEqualTo(6);
        assertThat(graph.elements()).extracting(e -> e.data().id())
                .containsExactly("net:10.0.0.0/24", "net:10.0.1.0/24", "net:heater.lan");
        MapGraph.Node subnet = node(graph, "net:10.0.0.0/24");
        assertThat(List.of(subnet.devices(), subnet.online(), subnet.offline(), subnet.attention())).containsExactly(4, 1, 2, 1);
        assertThat(subnet.label()).isEqualTo("10.0.0.0/24 · 4");
        assertThat(subnet.parent()).isNull();
        assertThat(subnet.expand()).isEqualTo("/map/graph/subnet?subnet=10.0.0.0/24");
        assertThat(node(graph, "net:heater.lan").expand()).isEqualTo("/map/graph/subnet?subnet=heater.lan");
    }

    @Test
    void opensASubnetIntoItsRoomsPlacedInsideItsNode() {
        List<DevicePlacement> fleet = new ArrayList<>(FLEET);
        fleet.add(new DevicePlacement("f", "Fan", "10.0.0.8", "Attic", false, false));
        fleet.add(new DevicePlacement("g", "Bell", "10.0.0.9", " ", true, false));
        MapGraph graph = MapGroups.of(fleet).roomsOf("10.0.0.0/24");

        assertThat(graph.devices()).isEqualTo(5);
        assertThat(graph.elements()).extracting(e -> e.data().id())
                .containsExactly("group:10.0.0.0/24:Hall", "group:10.0.0.0/24:Attic", "group:10.0.0.0/24");
        assertThat(graph.elements()).allSatisfy(e -> assertThat(e.data().parent()).isEqualTo("net:10.0.0.0/24"));
        assertThat(node(graph, "group:10.0.0.0/24:Attic").expand()).isEqualTo("/map/graph/group?subnet=10.0.0.0/24&room=Attic");
        assertThat(node(graph, "group:10.0.0.0/24").label()).isEqualTo("no room · 1");
    }

    @Test
    void opensASubnetTheFleetLacksIntoNothing() {
        MapGraph graph = MapGroups.of(FLEET).roomsOf("192.0.2.0/24");

        assertThat(graph.elements()).isEmpty();
        assertThat(graph.devices()).isZero();
    }
}

package org.shellymanager.manager.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.inventory.DevicePlacement;

/** The network map's elements: every device, or a node per room of a subnet with its counts. */
class MapGraphTest {

    private static final List<DevicePlacement> FLEET = List.of(
            new DevicePlacement("a", "Lamp", "10.0.0.5", "Hall", true, false),
            new DevicePlacement("b", "Plug", "10.0.0.6", "Hall", false, false),
            new DevicePlacement("c", "Relay", "10.0.0.7", "Hall", true, true),
            new DevicePlacement("d", "Pump", "10.0.1.9", null, true, false),
            new DevicePlacement("e", "Heater", "heater.lan", "Cellar & Boiler", false, false));

    @Test
    void drawsEveryDeviceInItsRoomAndSubnet() {
        MapGraph graph = MapGraph.ofDevices(FLEET);

        assertThat(graph.grouped()).isFalse();
        assertThat(graph.devices()).isEqualTo(5);
        assertThat(graph.elements()).extracting(e -> e.data().id()).containsExactly("net:10.0.0.0/24", "room:10.0.0.0/24:Hall",
                "net:10.0.1.0/24", "net:heater.lan", "room:heater.lan:Cellar & Boiler", "a", "b", "c", "d", "e");
        assertThat(node(graph, "c").state()).isEqualTo("attention");
        assertThat(node(graph, "b").state()).isEqualTo("offline");
        assertThat(node(graph, "d").parent()).isEqualTo("net:10.0.1.0/24");
        assertThat(node(graph, "a").href()).isEqualTo("/devices/a");
    }

    @Test
    void groupsALargeFleetByRoomAndSubnetWithCountsAndAnAddressToOpenEach() {
        MapGraph graph = MapGraph.ofGroups(FLEET);

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

    private static MapGraph.Node node(MapGraph graph, String id) {
        return graph.elements().stream().map(MapGraph.Element::data).filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}

package org.shellymanager.manager.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.inventory.DevicePlacement;

/** The network map's elements when it draws every device. */
class MapGraphTest {

    static final List<DevicePlacement> FLEET = List.of(
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

    static MapGraph.Node node(MapGraph graph, String id) {
        return graph.elements().stream().map(MapGraph.Element::data).filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}

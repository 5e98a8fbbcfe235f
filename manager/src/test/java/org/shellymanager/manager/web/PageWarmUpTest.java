package org.shellymanager.manager.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shellymanager.manager.config.FleetServer;
import org.shellymanager.simulator.FleetSpec;

/** The devices table rendered once after start-up, outside any request, as its first request would show it. */
class PageWarmUpTest {

    @RegisterExtension
    static final FleetServer FLEET = new FleetServer(FleetSpec.builder()
            .add("SNSW-001P16EU", 1, d -> d.name("Hall plug"))
            .add("SHSW-PM", 1, d -> d.name("Boiler relay"))
            .build());

    @Test
    void rendersTheDevicesTableWithItsRowsOutsideARequest() {
        String html = FLEET.server().bean(PageWarmUp.class).renderDevicesTable().orElseThrow();

        assertThat(html).contains("id=\"device-table\"", "Hall plug", "Boiler relay", "action=\"/config/sync/preview\"");
        for (String id : FLEET.ids()) {
            assertThat(html).contains("data-device-id=\"" + id + "\"", "id=\"switch-" + id + "\"");
        }
    }
}

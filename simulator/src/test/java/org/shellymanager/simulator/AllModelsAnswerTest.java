package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.simulator.model.ModelCatalog;
import org.shellymanager.simulator.model.ModelSpec;
import tools.jackson.databind.JsonNode;

class AllModelsAnswerTest {

    private static SimulatedFleet fleet;

    @BeforeAll
    static void start() {
        FleetSpec.Builder spec = FleetSpec.builder();
        ModelCatalog.builtIn().all().forEach(m -> spec.add(m.model(), 1));
        fleet = SimulatedFleet.start(spec.build());
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void everyListedModelIsBuiltIn() {
        assertThat(ModelCatalog.builtIn().all()).extracting(ModelSpec::model).containsExactlyInAnyOrder(
                "SHSW-1", "SHSW-PM", "SHSW-25", "SHPLG-S", "SHDM-2", "SHRGBW2", "SHEM", "SHEM-3", "SHHT-1",
                "SHIX3-1", "SNSW-001X16EU", "SNSW-001P16EU", "SNSW-102P16EU", "SNPL-00112EU", "SNSN-0024X",
                "SNSN-0013A", "SPSW-004PE16EU", "SPEM-003CEBEU", "S3SW-001P16EU", "S3SW-002P16EU",
                "S4SW-001X16EU", "S4PL-00416EU", "SNDC-0D4P10WW", "S3DM-0A101WWL");
    }

    @Test
    void everyDeviceIdentifiesItselfAtShelly() {
        for (SimulatedDevice device : fleet.devices()) {
            HttpResponse<String> response = TestHttp.get(device.address(), "/shelly");
            assertThat(response.statusCode()).as(device.toString()).isEqualTo(200);
            JsonNode shelly = TestHttp.json(response);
            assertThat(shelly.path("mac").asString()).isEqualTo(device.mac());
            if (device.generation() == 1) {
                assertThat(shelly.path("type").asString()).isEqualTo(device.model());
                assertThat(shelly.has("gen")).isFalse();
            } else {
                assertThat(shelly.path("gen").asInt()).isEqualTo(device.generation());
                assertThat(shelly.path("id").asString()).isEqualTo(device.id());
            }
        }
    }

    @Test
    void everyDeviceAnswersStatusAndConfig() {
        for (SimulatedDevice device : fleet.devices()) {
            if (device.generation() == 1) {
                assertThat(TestHttp.get(device.address(), "/status").statusCode()).as(device.toString()).isEqualTo(200);
                assertThat(TestHttp.get(device.address(), "/settings").statusCode()).as(device.toString()).isEqualTo(200);
            } else {
                for (String method : new String[] {"Shelly.GetStatus", "Shelly.GetConfig", "Shelly.GetDeviceInfo"}) {
                    HttpResponse<String> response = TestHttp.post(device.address(), "/rpc",
                            "{\"id\":1,\"src\":\"test\",\"method\":\"" + method + "\"}");
                    assertThat(response.statusCode()).as(device + " " + method).isEqualTo(200);
                    assertThat(TestHttp.json(response).path("result").isObject()).as(response.body()).isTrue();
                }
            }
        }
    }
}

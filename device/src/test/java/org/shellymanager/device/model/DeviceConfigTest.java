package org.shellymanager.device.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.Fixtures;
import org.shellymanager.device.json.Json;

/** Captured configurations are kept whole and their sections found by key. */
class DeviceConfigTest {

    @Test
    void gen2ConfigSectionsAreFoundByComponentKey() {
        var raw = Fixtures.json("aioshelly/shelly-pro-4pm_SPSW-004PE16EU/Shelly.GetConfig.json");
        DeviceConfig config = new DeviceConfig(Json.text(raw.path("sys").path("device"), "name"), raw);
        assertThat(config.get("switch:3").path("id").asInt()).isEqualTo(3);
        assertThat(config.find("wifi")).isPresent();
        assertThat(config.find("cover:0")).isEmpty();
        assertThatThrownBy(() -> config.get("cover:0")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void gen1SettingsKeepTheirWireSectionsAndNoSecrets() {
        var raw = Fixtures.json("aioshelly/shelly-plug-s_SHPLG-S/settings.json");
        DeviceConfig config = new DeviceConfig(Json.text(raw, "name"), raw);
        assertThat(config.get("login").has("password")).isFalse();
        assertThat(config.get("mqtt").has("enable")).isTrue();
        assertThat(config.get("wifi_sta").has("gw")).isTrue();
    }

    @Test
    void refusesAnythingButAnObject() {
        assertThatThrownBy(() -> new DeviceConfig(null, Json.parseOrNull("[]"))).isInstanceOf(IllegalArgumentException.class);
    }
}

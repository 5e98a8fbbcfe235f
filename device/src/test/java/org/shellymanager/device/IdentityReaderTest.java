package org.shellymanager.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.json.Json;

class IdentityReaderTest {

    private static final DeviceAddress ADDRESS = DeviceAddress.parse("127.0.0.1:8080");

    private static DeviceIdentity read(String path) {
        return IdentityReader.read(ADDRESS, Fixtures.json(path));
    }

    @Test
    void gen1HasNoGenFieldAndVersionComesFromFw() {
        DeviceIdentity plug = read("aioshelly/shelly-plug-s_SHPLG-S/shelly.json");
        assertThat(plug.generation()).isEqualTo(Generation.GEN1);
        assertThat(plug.model()).isEqualTo("SHPLG-S");
        assertThat(plug.mac()).isEqualTo("AABBCCDDEEFF");
        assertThat(plug.firmwareVersion()).isEqualTo("1.14.0");
        assertThat(plug.firmwareId()).isEqualTo("20230913-113421/v1.14.0-gcb84623");
        assertThat(plug.deviceId()).isEqualTo("shellyplug-s-DDEEFF");
        assertThat(plug.authRequired()).isFalse();
        assertThat(read("aioshelly/shelly-air_SHAIR-1/shelly.json").deviceId()).isEqualTo("shellyair-AABBCCDDEEFF");
        assertThat(read("aioshelly/shelly-vintage_SHVIN-1/shelly.json").deviceId()).isEqualTo("ShellyVintage-AABBCCDDEEFF");
    }

    @Test
    void gen1DeviceIdEqualsTheHostnameTheDeviceReportsInSettings() {
        for (String dir : java.util.List.of("shelly-plug-s_SHPLG-S", "shelly-vintage_SHVIN-1", "shelly-air_SHAIR-1",
                "shelly-gas_SHGS-1")) {
            String hostname = Fixtures.json("aioshelly/" + dir + "/settings.json").path("device").path("hostname").asString();
            assertThat(read("aioshelly/" + dir + "/shelly.json").deviceId()).as(dir).isEqualTo(hostname);
        }
    }

    @Test
    void gen2PlusReadsGenerationAuthRealmAndProfile() {
        DeviceIdentity plus2pm = read("aioshelly/shelly-plus-2pm_SNSW-102P16EU/shelly.json");
        assertThat(plus2pm.generation()).isEqualTo(Generation.GEN2);
        assertThat(plus2pm.authRequired()).isTrue();
        assertThat(plus2pm.realm()).isEqualTo("shellyplus2pm-aabbccddeeff");
        assertThat(plus2pm.profile()).isEqualTo("switch");
        assertThat(plus2pm.app()).isEqualTo("Plus2PM");
        assertThat(read("aioshelly/shelly-1-mini-gen4_S4SW-001X8EU/Shelly.GetDeviceInfo.json").generation())
                .isEqualTo(Generation.GEN4);
        assertThat(read("aioshelly/shelly-blu-gateway-gen3_S3GW-1DBT001/Shelly.GetDeviceInfo.json").generation())
                .isEqualTo(Generation.GEN3);
        DeviceIdentity wall = read("aioshelly/shelly-wall-display_SAWD-0A1XX10EU1/Shelly.GetDeviceInfo.json");
        assertThat(wall.deviceId()).isEqualTo("ShellyWallDisplay-AABBCCDDEEFF");
        assertThat(wall.realm()).isEqualTo("ShellyWallDisplay-AABBCCDDEEFF");
        assertThat(read("home-assistant-core/shelly-pro-1cb_SPCB-01VENEU/Shelly.GetDeviceInfo.json").firmwareVersion())
                .isEqualTo("2.0.0-beta3");
    }

    @Test
    void lowerCaseOrColonMacIsNormalised() {
        DeviceIdentity identity = IdentityReader.read(ADDRESS, Json.parseOrNull(
                "{\"id\":\"shellyplus1-aabbccddeeff\",\"mac\":\"aa:bb:cc:dd:ee:ff\",\"model\":\"SNSW-001X16EU\",\"gen\":2,"
                        + "\"fw_id\":\"x\",\"ver\":\"0.11.3\",\"auth_en\":false}"));
        assertThat(identity.mac()).isEqualTo("AABBCCDDEEFF");
    }

    @Test
    void somethingElseIsAMalformedReply() {
        assertThatThrownBy(() -> IdentityReader.read(ADDRESS, Json.parseOrNull("{\"hello\":1}")))
                .isInstanceOf(MalformedReplyException.class);
        assertThatThrownBy(() -> IdentityReader.read(ADDRESS, Json.parseOrNull("{\"mac\":\"AABBCCDDEEFF\",\"gen\":9,"
                + "\"model\":\"X\"}"))).isInstanceOf(MalformedReplyException.class);
    }
}

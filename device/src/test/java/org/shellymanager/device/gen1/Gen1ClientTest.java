package org.shellymanager.device.gen1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.ClientOptions;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.Fixtures;
import org.shellymanager.device.Gen1Client;
import org.shellymanager.device.LightCommand;
import org.shellymanager.device.MqttSettings;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.device.UpdateTarget;
import org.shellymanager.device.WifiStation;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.PowerMeter;
import org.shellymanager.device.model.Rgbw;
import org.shellymanager.device.testing.FakeShellyServer;

/** The Gen1 client against a test device replaying the Plug S captures. */
class Gen1ClientTest {

    private static final String PLUG = "aioshelly/shelly-plug-s_SHPLG-S/";
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    private FakeShellyServer plug() {
        FakeShellyServer server = new FakeShellyServer(Fixtures.json(PLUG + "shelly.json"))
                .gen1("/status", Fixtures.json(PLUG + "status.json"))
                .gen1("/settings", Fixtures.json(PLUG + "settings.json"))
                .gen1("/ota", Json.parseOrNull("{\"status\":\"idle\",\"has_update\":true,"
                        + "\"new_version\":\"20231107-164738/v1.14.1-g0617c15\","
                        + "\"old_version\":\"20230913-113421/v1.14.0-gcb84623\","
                        + "\"beta_version\":\"20230913-113421/v1.14.0-gcb84623\"}"));
        for (String path : List.of("/relay/0", "/roller/0", "/color/0", "/light/0", "/settings/sta", "/settings/login",
                "/settings/relay/0", "/settings/cloud", "/ota/check", "/reboot", "/settings/ap", "/settings/advanced")) {
            server.gen1(path, Json.object());
        }
        toClose.add(server);
        return server;
    }

    private Gen1Client connect(FakeShellyServer server, Credentials credentials) {
        ShellyDevices devices = ShellyDevices.create(ClientOptions.defaults().withRetryBackoff(Duration.ofMillis(10)));
        toClose.add(devices);
        return (Gen1Client) devices.connect(server.address(), credentials);
    }

    @Test
    void readsStatusInWattHoursAndConfigName() {
        Gen1Client client = connect(plug(), null);
        assertThat(client.status().get(PowerMeter.class, "meter:0").metering().energyWh()).isEqualTo(2632 / 60.0);
        assertThat(client.config().name()).isEqualTo(Fixtures.json(PLUG + "settings.json").path("name").asString(null));
        assertThat(client.capabilities().switches()).isEqualTo(1);
        assertThat(client.capabilities().metering()).isTrue();
    }

    @Test
    void sendsBasicAuthAndReportsRefusedLoginAsUnauthorized() {
        FakeShellyServer server = plug().basicAuth("admin", "pw");
        assertThat(connect(server, new Credentials("admin", "pw")).status().components()).isNotEmpty();
        Gen1Client wrong = connect(server, new Credentials("admin", "nope"));
        assertThatThrownBy(wrong::status).isInstanceOf(DeviceUnauthorizedException.class);
    }

    @Test
    void controlsUseGen1PathsAndParameters() {
        FakeShellyServer server = plug();
        Gen1Client client = connect(server, null);
        assertThat(client.setSwitch(0, true, Duration.ofSeconds(30)).isOk()).isTrue();
        client.toggleSwitch(0);
        client.moveCover(0, 40);
        client.setLight(LightCommand.channel(0).on(true).color(new Rgbw(255, 10, 0, 5)).brightness(80));
        client.startUpdate(UpdateTarget.url(URI.create("http://127.0.0.1/fw.zip")));
        client.reboot();
        assertThat(server.requests()).contains(
                "GET /relay/0?turn=on&timer=30",
                "GET /relay/0?turn=toggle",
                "GET /roller/0?go=to_pos&roller_pos=40",
                "GET /color/0?turn=on&red=255&green=10&blue=0&white=5&gain=80",
                "GET /ota?url=http%3A%2F%2F127.0.0.1%2Ffw.zip",
                "GET /reboot");
    }

    @Test
    void settersTakeSetterNamesThatDifferFromTheGetterNames() {
        FakeShellyServer server = plug();
        Gen1Client client = connect(server, null);
        client.setWifiStation(new WifiStation(true, "Home Net", "k", "192.168.1.5", "255.255.255.0", "192.168.1.1", null, false));
        Map<String, Object> relay = new LinkedHashMap<>();
        relay.put("button_type", "toggle");
        relay.put("auto_off", 120);
        client.setRelaySettings(0, relay);
        client.setMqtt(new MqttSettings(true, "127.0.0.1:1883", "u", "p", null));
        client.setSettings(Map.of("sntp.server", "pool.ntp.org"));
        client.setPassword("pw");
        client.setCloudEnabled(false);
        assertThat(server.requests()).contains(
                "GET /settings/sta?enabled=1&ssid=Home%20Net&key=k&ipv4_method=static&ip=192.168.1.5"
                        + "&netmask=255.255.255.0&gateway=192.168.1.1",
                "GET /settings/relay/0?btn_type=toggle&auto_off=120",
                "GET /settings?mqtt_enable=true&mqtt_server=127.0.0.1%3A1883&mqtt_user=u&mqtt_pass=p",
                "GET /settings?sntp_server=pool.ntp.org",
                "GET /settings/login?enabled=1&unprotected=0&username=admin&password=pw",
                "GET /settings/cloud?enabled=0");
    }

    @Test
    void checkForUpdateAsksTheDeviceThenReadsTheOffer() {
        FakeShellyServer server = plug();
        var info = connect(server, null).checkForUpdate();
        assertThat(info.stableVersion()).isEqualTo("1.14.1");
        assertThat(info.betaVersion()).isNull();
        assertThat(server.requests()).containsSubsequence("GET /ota/check", "GET /ota");
    }

    @Test
    void unknownEndpointIsADeviceErrorValue() {
        Gen1Client client = connect(plug(), null);
        assertThat(client.get("/nothing", Map.of(), true)).isInstanceOf(RpcResult.DeviceError.class)
                .extracting(r -> ((RpcResult.DeviceError<?>) r).code()).isEqualTo(404);
    }

    @Test
    void noMoreThanTwoRequestsAreInFlightToOneGen1Device() throws Exception {
        FakeShellyServer server = plug().delayEachRequest(40);
        Gen1Client client = connect(server, null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> client.toggleSwitch(0)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.maxInFlight()).isEqualTo(2);
    }
}

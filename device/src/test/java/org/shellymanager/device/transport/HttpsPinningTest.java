package org.shellymanager.device.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.CertificateMismatchException;
import org.shellymanager.device.ClientOptions;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.Fixtures;
import org.shellymanager.device.Generation;
import org.shellymanager.device.ShellyDevices;

/** Trust on first use against an HTTPS test device whose self-signed certificate can be swapped. */
class HttpsPinningTest {

    private HttpsServer server;
    private DeviceAddress address;
    private final InMemoryCertificatePinStore pins = new InMemoryCertificatePinStore();

    private static SSLContext context(String keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = HttpsPinningTest.class.getResourceAsStream("/tls/" + keyStore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    @BeforeEach
    void startDevice() throws Exception {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.setHttpsConfigurator(new HttpsConfigurator(context("device-first.p12")));
        byte[] shelly = Fixtures.bytes("aioshelly/shelly-plus-2pm_SNSW-102P16EU/shelly.json");
        server.createContext("/shelly", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, shelly.length);
                exchange.getResponseBody().write(shelly);
            }
        });
        server.start();
        address = new DeviceAddress("127.0.0.1", server.getAddress().getPort());
    }

    @AfterEach
    void stopDevice() {
        server.stop(0);
    }

    private ShellyDevices devices() {
        return ShellyDevices.create(ClientOptions.defaults().withHttpsPorts(Set.of(address.port())).withPinStore(pins));
    }

    @Test
    void pinsTheFirstCertificateAndTrustsItAgain() {
        try (ShellyDevices devices = devices()) {
            assertThat(devices.identify(address).generation()).isEqualTo(Generation.GEN2);
        }
        assertThat(pins.findPin(address)).hasValueSatisfying(pin -> assertThat(pin).matches("[0-9a-f]{64}"));
        try (ShellyDevices devices = devices()) {
            assertThat(devices.identify(address).model()).isEqualTo("SNSW-102P16EU");
        }
    }

    @Test
    void refusesADeviceWhoseCertificateChanged() throws Exception {
        String firstPin;
        try (ShellyDevices devices = devices()) {
            devices.identify(address);
            firstPin = pins.findPin(address).orElseThrow();
        }
        HttpsServer changed = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        changed.setHttpsConfigurator(new HttpsConfigurator(context("device-second.p12")));
        changed.createContext("/shelly", exchange -> exchange.close());
        changed.start();
        try {
            DeviceAddress same = new DeviceAddress("127.0.0.1", changed.getAddress().getPort());
            pins.savePin(same, firstPin);
            ClientOptions options = ClientOptions.defaults().withHttpsPorts(Set.of(same.port())).withPinStore(pins);
            try (ShellyDevices devices = ShellyDevices.create(options)) {
                assertThatThrownBy(() -> devices.identify(same)).isInstanceOf(CertificateMismatchException.class)
                        .hasMessageContaining(same.toString());
            }
            assertThat(pins.findPin(same)).contains(firstPin);
        } finally {
            changed.stop(0);
        }
    }

    @Test
    void portsNotListedAsHttpsAreSpokenToWithoutTlsAndPinNothing() {
        ClientOptions plain = ClientOptions.defaults().withPinStore(pins).withRetries(0)
                .withRequestTimeout(java.time.Duration.ofMillis(500));
        try (ShellyDevices devices = ShellyDevices.create(plain)) {
            assertThatThrownBy(() -> devices.identify(address)).isInstanceOf(org.shellymanager.device.DeviceException.class);
        }
        assertThat(pins.findPin(address)).isEmpty();
    }
}

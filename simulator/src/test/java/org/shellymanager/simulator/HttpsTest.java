package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A device started with {@code https} also answers over TLS with a self-signed certificate for its id. */
class HttpsTest {

    private SimulatedFleet fleet;

    @AfterEach
    void stop() {
        fleet.close();
    }

    @Test
    void servesTheSameApiOverTlsWithACertificateNamedAfterTheDevice() throws Exception {
        fleet = SimulatedFleet.start(FleetSpec.builder().add("SNSW-001P16EU", 1, DeviceSpec.Builder::https)
                .add("SNSW-001P16EU", 1).build());
        SimulatedDevice device = fleet.devices().getFirst();
        X509Certificate[] seen = new X509Certificate[1];
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509ExtendedTrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                seen[0] = chain[0];
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
                seen[0] = chain[0];
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                seen[0] = chain[0];
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                throw new UnsupportedOperationException("client certificates are not used");
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
                throw new UnsupportedOperationException("client certificates are not used");
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException("client certificates are not used");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        HttpClient client = HttpClient.newBuilder().sslContext(context).sslParameters(parameters)
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("https://" + device.findHttpsAddress().orElseThrow() + "/shelly")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(device.id());
        assertThat(seen[0].getSubjectX500Principal().getName()).isEqualTo("CN=" + device.id());
        assertThat(seen[0].getIssuerX500Principal()).isEqualTo(seen[0].getSubjectX500Principal());
        assertThat(fleet.devices().get(1).findHttpsAddress()).isEmpty();
    }
}

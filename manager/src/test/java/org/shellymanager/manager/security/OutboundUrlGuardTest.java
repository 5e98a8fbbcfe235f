package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** URLs the manager calls for users (webhooks, integrations) can never be turned against the manager itself. */
class OutboundUrlGuardTest {

    private static final int OWN_PORT = 18_080;

    private static OutboundUrlGuard guard(boolean allowLoopback) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("server", Map.of("local.server.port", OWN_PORT)));
        SecurityProperties properties = new SecurityProperties(Duration.ofDays(90), Duration.ofDays(365),
                Duration.ofMinutes(30), Duration.ofHours(12), 5, Duration.ofMinutes(15), 1200, List.of(), allowLoopback,
                new SecurityProperties.Oidc(null, null, null, List.of("openid"), "OpenID Connect",
                    "preferred_username", "groups", Map.of(), null));
        return new OutboundUrlGuard(environment, properties);
    }

    private static void assertRefused(OutboundUrlGuard guard, String url, String why) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOfSatisfying(ManagerException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.OUTBOUND_URL_REFUSED);
            assertThat(e.getMessage()).contains(why);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://192.0.2.10/x", "gopher://192.0.2.10:70/", "jar:file:/x!/y",
            "//192.0.2.10/hook"})
    void refusesEverySchemeButHttpAndHttps(String url) {
        assertRefused(guard(true), url, "only http and https");
    }

    @Test
    void refusesCredentialsInTheUrlWithoutRepeatingThem() {
        assertThatThrownBy(() -> guard(true).check("https://alice:s3cret-pw@192.0.2.10/hook"))
                .isInstanceOf(ManagerException.class)
                .hasMessageContaining("credentials")
                .hasMessageNotContaining("s3cret-pw");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8123/api", "http://localhost/", "http://169.254.169.254/latest/meta-data",
            "http://[::1]:9000/", "http://0.0.0.0/", "http://127.9.9.9/", "http://[fe80::1]/"})
    void refusesLoopbackLinkLocalAndWildcardByDefault(String url) {
        assertRefused(guard(false), url, "loopback, link-local or wildcard");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:18080/api/v1/devices", "http://localhost:18080/", "https://[::1]:18080/x"})
    void refusesTheManagersOwnPortEvenWhenLoopbackIsAllowed(String url) {
        assertRefused(guard(true), url, "the manager itself");
    }

    @Test
    void refusesTheManagersOwnLanAddressOnItsOwnPort() throws SocketException {
        Optional<InetAddress> lan = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
        assumeThat(lan).as("this machine has a non-loopback IPv4 address").isPresent();

        assertRefused(guard(false), "http://" + lan.get().getHostAddress() + ":" + OWN_PORT + "/hook", "the manager itself");
        assertThat(guard(false).check("http://" + lan.get().getHostAddress() + ":" + (OWN_PORT + 1) + "/hook"))
                .as("another service on the same host").isNotNull();
    }

    @Test
    void allowsOrdinaryAddressesAndLoopbackOnOtherPortsWhenAllowed() {
        assertThat(guard(false).check("https://192.0.2.10:8443/hook?x=1").getHost()).isEqualTo("192.0.2.10");
        assertThat(guard(true).check("http://127.0.0.1:18081/hook").getPort()).isEqualTo(18_081);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "http://", "http://exa mple.org/", "http:///path-only"})
    void refusesUrlsThatAreNotUrls(String url) {
        assertThatThrownBy(() -> guard(true).check(url)).isInstanceOfSatisfying(ManagerException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.OUTBOUND_URL_REFUSED));
    }
}

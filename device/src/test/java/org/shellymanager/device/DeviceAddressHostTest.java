package org.shellymanager.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Which hosts an address accepts: host names (RFC 1123 labels), IPv4 and IPv6 literals with an optional zone. */
class DeviceAddressHostTest {

    /** The rule as the specification states it, to check the hand-written one against. */
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,62}(\\.[A-Za-z0-9][A-Za-z0-9-]{0,62})*\\.?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?");

    @Test
    void acceptsNamesAndLiterals() {
        for (String host : new String[] {"shelly1-abc.local", "10.0.0.1", "a", "a.", "x-.y", "fe80::1", "::1", "fe80::1%eth0",
                "::ffff:192.168.1.2", "a".repeat(63) + ".b"}) {
            assertThat(new DeviceAddress(host, 80).host()).isEqualTo(host);
        }
    }

    @Test
    void refusesWhatIsNeither() {
        for (String host : new String[] {".", "a..b", ".a", "-a", "a b", "a_b", "a".repeat(64), "fe80::1%", "%eth0", "fe80::g",
                "::1%a%b", "ä.local", "１.２"}) {
            assertThatThrownBy(() -> new DeviceAddress(host, 80)).as(host).hasMessageContaining("not a host name or IP address");
        }
    }

    @Property(tries = 3000)
    void agreesWithTheGrammar(@ForAll @StringLength(min = 1, max = 70) @Chars({'a', 'Z', '0', '9', '-', '.', ':', '%', '_', 'f', 'g', ' ', 'ä'})
                              String host) {
        boolean grammar = HOST_NAME.matcher(host).matches() || host.contains(":") && IPV6.matcher(host).matches();
        boolean accepted;
        try {
            new DeviceAddress(host, 80);
            accepted = true;
        } catch (IllegalArgumentException e) {
            accepted = false;
        }
        assertThat(accepted).as(host).isEqualTo(grammar && !host.isBlank());
    }
}

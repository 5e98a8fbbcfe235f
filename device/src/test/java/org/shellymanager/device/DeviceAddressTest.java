package org.shellymanager.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeviceAddressTest {

    @Test
    void parsesHostHostPortAndBracketedIpv6() {
        assertThat(DeviceAddress.parse("192.168.1.20")).isEqualTo(new DeviceAddress("192.168.1.20", 80));
        assertThat(DeviceAddress.parse("shelly1-abc.local:8080")).isEqualTo(new DeviceAddress("shelly1-abc.local", 8080));
        assertThat(DeviceAddress.parse("[fe80::1]:81")).isEqualTo(new DeviceAddress("fe80::1", 81));
        assertThat(DeviceAddress.parse("[::1]")).isEqualTo(new DeviceAddress("::1", 80));
        assertThat(DeviceAddress.parse("fe80::1").port()).isEqualTo(80);
    }

    @Test
    void printsHostAndPortWithIpv6InBrackets() {
        assertThat(DeviceAddress.parse("10.0.0.1")).hasToString("10.0.0.1:80");
        assertThat(DeviceAddress.parse("[::1]:8080")).hasToString("[::1]:8080");
    }

    @Test
    void refusesBadInputWithAClearMessage() {
        assertThatThrownBy(() -> DeviceAddress.parse("")).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> DeviceAddress.parse("host:http")).hasMessageContaining("not a port number");
        assertThatThrownBy(() -> DeviceAddress.parse("host:70000")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> DeviceAddress.parse("bad host")).hasMessageContaining("not a host name");
        assertThatThrownBy(() -> DeviceAddress.parse("[::1")).hasMessageContaining("missing ']'");
    }

    @Test
    void credentialsNeverPrintThePassword() {
        assertThat(new Credentials("admin", "hunter2").toString()).doesNotContain("hunter2");
        assertThat(new MqttSettings(true, "broker:1883", "u", "hunter2", null).toString()).doesNotContain("hunter2");
    }

    @Test
    void defaultOptionsMatchTheDocumentedValues() {
        ClientOptions defaults = ClientOptions.defaults();
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.maxReplyBytes()).isEqualTo(1024 * 1024);
        assertThat(defaults.retries()).isEqualTo(2);
        assertThat(defaults.concurrencyFor(Generation.GEN1)).isEqualTo(2);
        assertThat(defaults.concurrencyFor(Generation.GEN4)).isEqualTo(5);
        assertThatThrownBy(() -> defaults.withRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.shellymanager.manager.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class MdnsBrowserTest {

    @Test
    void browsingWhereMulticastDoesNotWorkFindsNothingAndDoesNotFail() {
        // The loopback interface carries no multicast on a stock Linux host, so nothing can answer here.
        List<InetAddress> loopback = List.of(InetAddress.getLoopbackAddress());

        assertThat(new MdnsBrowser(Duration.ofMillis(200)).browse(loopback)).isEmpty();
    }

    @Test
    void lanAddressesLeaveOutLoopback() {
        assertThat(MdnsBrowser.lanAddresses()).noneMatch(InetAddress::isLoopbackAddress);
    }

    @Test
    void browseTimeMustBePositive() {
        assertThatThrownBy(() -> new MdnsBrowser(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}

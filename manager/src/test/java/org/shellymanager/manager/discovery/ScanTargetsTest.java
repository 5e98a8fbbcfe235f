package org.shellymanager.manager.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shellymanager.device.DeviceAddress;

class ScanTargetsTest {

    private static List<String> hosts(String... targets) {
        return ScanTargets.parse(List.of(targets), 100_000).stream().map(DeviceAddress::toString).toList();
    }

    @Test
    void cidrBlockLeavesOutNetworkAndBroadcastAddresses() {
        List<String> addresses = hosts("192.168.1.0/24");

        assertThat(addresses).hasSize(254).startsWith("192.168.1.1:80").endsWith("192.168.1.254:80");
    }

    @Test
    void cidrBlockWithHostBitsSetCoversItsWholeNetwork() {
        assertThat(hosts("10.1.2.77/30")).containsExactly("10.1.2.77:80", "10.1.2.78:80");
    }

    @Test
    void smallestBlocksKeepEveryAddress() {
        assertThat(hosts("10.0.0.8/31")).containsExactly("10.0.0.8:80", "10.0.0.9:80");
        assertThat(hosts("10.0.0.8/32")).containsExactly("10.0.0.8:80");
    }

    @Test
    void portSuffixAppliesToEveryAddressOfABlock() {
        assertThat(hosts("127.0.0.0/29:8080")).containsExactly(
                "127.0.0.1:8080", "127.0.0.2:8080", "127.0.0.3:8080", "127.0.0.4:8080", "127.0.0.5:8080", "127.0.0.6:8080");
    }

    @Test
    void fullAndShortRangesIncludeBothEnds() {
        assertThat(hosts("10.0.0.5-10.0.0.7")).containsExactly("10.0.0.5:80", "10.0.0.6:80", "10.0.0.7:80");
        assertThat(hosts("10.0.0.5-7:81")).containsExactly("10.0.0.5:81", "10.0.0.6:81", "10.0.0.7:81");
    }

    @Test
    void rangeMayCrossOctetBoundaries() {
        assertThat(hosts("10.0.0.254-10.0.1.1")).containsExactly("10.0.0.254:80", "10.0.0.255:80", "10.0.1.0:80", "10.0.1.1:80");
    }

    @Test
    void commaListsHostsAndPortsMixAndDuplicatesAppearOnce() {
        assertThat(hosts("10.0.0.1, shelly-plug.lan,10.0.0.1:80", "[fe80::1]:8080", "10.0.0.2:8081"))
                .containsExactly("10.0.0.1:80", "shelly-plug.lan:80", "[fe80::1]:8080", "10.0.0.2:8081");
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            10.0.0.0/33          | prefix length must be a number from 0 to 32
            10.0.0.0/            | prefix length must be a number from 0 to 32
            10.0.0.0/x           | prefix length must be a number from 0 to 32
            10.0.0/24            | '10.0.0' is not an IPv4 address
            300.0.0.0/24         | '300.0.0.0' is not an IPv4 address
            10.0.0.40-10.0.0.5   | range end 10.0.0.5 comes before its start 10.0.0.40
            10.0.0.40-5          | range end 10.0.0.5 comes before its start 10.0.0.40
            10.0.0.5-256         | range end '256' is neither an IPv4 address nor a last octet
            10.0.0.5-10.0.0      | range end '10.0.0' is neither
            10.0.0-10.0.0.9      | range start '10.0.0' is not an IPv4 address
            10.0.0.256           | '10.0.0.256' is not an IPv4 address
            1.2.3                | '1.2.3' is not an IPv4 address
            10.0.0.1:0           | port must be a number from 1 to 65535, was '0'
            10.0.0.1:70000       | port must be a number from 1 to 65535, was '70000'
            10.0.0.1:http        | port must be a number from 1 to 65535, was 'http'
            10.0.0.0/24:         | port must be a number from 1 to 65535, was ''
            [fe80::]/64          | only IPv4 blocks can be scanned
            fe80::1/64           | only IPv4 blocks can be scanned
            bad_host!            | not a host name or IP address
            [fe80::1             | missing ']'
            """)
    void malformedEntryIsRefusedNamingTheEntryAndTheReason(String entry, String reason) {
        assertThatThrownBy(() -> ScanTargets.parse(List.of(entry), 100_000))
                .isInstanceOf(InvalidScanTargetException.class)
                .hasMessageContaining("'" + entry + "'")
                .hasMessageContaining(reason)
                .extracting(e -> ((InvalidScanTargetException) e).target()).isEqualTo(entry);
    }

    @Test
    void emptyEntryFromAStrayCommaIsRefused() {
        assertThatThrownBy(() -> ScanTargets.parse(List.of("10.0.0.1,"), 10))
                .isInstanceOf(InvalidScanTargetException.class).hasMessageContaining("empty entry");
    }

    @Test
    void noTargetsAtAllIsRefused() {
        assertThatThrownBy(() -> ScanTargets.parse(List.of(), 10))
                .isInstanceOf(InvalidScanTargetException.class).isNotInstanceOf(ScanTooLargeException.class)
                .hasMessage("no scan targets given");
    }

    @Test
    void blockLargerThanTheLimitIsRefusedWithItsSizeAndTheLimit() {
        assertThatThrownBy(() -> ScanTargets.parse(List.of("10.0.0.0/16"), 4096))
                .isInstanceOfSatisfying(ScanTooLargeException.class, tooLarge -> {
                    assertThat(tooLarge.addresses()).isEqualTo(65_534);
                    assertThat(tooLarge.limit()).isEqualTo(4096);
                    assertThat(tooLarge.target()).isEqualTo("10.0.0.0/16");
                })
                .hasMessageContaining("'10.0.0.0/16'")
                .hasMessageContaining("covers 65,534 addresses, more than the 4,096 one scan may cover");
    }

    @Test
    void wholeAddressSpaceIsRefusedWithoutListingIt() {
        assertThatThrownBy(() -> ScanTargets.parse(List.of("0.0.0.0/0"), Integer.MAX_VALUE))
                .isInstanceOf(ScanTooLargeException.class)
                .hasMessageContaining("covers 4,294,967,294 addresses");
    }

    @Test
    void entriesThatFitAloneButNotTogetherAreRefused() {
        assertThatThrownBy(() -> ScanTargets.parse(List.of("10.0.0.0/24,10.0.1.0/24"), 300))
                .isInstanceOfSatisfying(ScanTooLargeException.class, tooLarge -> {
                    assertThat(tooLarge.addresses()).isEqualTo(508);
                    assertThat(tooLarge.target()).isNull();
                })
                .hasMessageContaining("together cover 508 addresses, more than the 300");
    }

    @Test
    void targetsExactlyAtTheLimitAreAccepted() {
        assertThat(ScanTargets.parse(List.of("10.0.0.0/24"), 254)).hasSize(254);
    }
}

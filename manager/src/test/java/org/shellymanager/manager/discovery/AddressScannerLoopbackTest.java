package org.shellymanager.manager.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.ShellyDevices;

/** The scanner against loopback endpoints that are not Shelly devices. */
class AddressScannerLoopbackTest {

    private final ShellyDevices devices = ShellyDevices.create(AddressScanner.clientOptions());
    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void close() {
        servers.forEach(server -> server.stop(0));
        devices.close();
    }

    private DeviceAddress serving(int status, String contentType, String body) throws Exception {
        HttpServer server = LoopbackEndpoints.httpServer(status, contentType, body);
        servers.add(server);
        return LoopbackEndpoints.address(server);
    }

    private static List<ScanResult> scan(AddressScanner scanner, List<DeviceAddress> addresses) {
        List<ScanResult> results = new CopyOnWriteArrayList<>();
        scanner.scan(addresses, null, results::add, () -> false);
        return results;
    }

    @Test
    void refusedConnectionIsUnreachable() {
        DeviceAddress closed = LoopbackEndpoints.closedPort();

        List<ScanResult> results = scan(new AddressScanner(devices, 4), List.of(closed));

        assertThat(results).singleElement().isInstanceOfSatisfying(ScanResult.Unreachable.class,
                unreachable -> assertThat(unreachable.address()).isEqualTo(closed));
    }

    @Test
    void webServersThatAreNotShellyDevicesAreToldApart() throws Exception {
        DeviceAddress webPage = serving(200, "text/html", "<html><body>Router login</body></html>");
        DeviceAddress notFound = serving(404, "text/html", "<h1>Not Found</h1>");
        DeviceAddress otherJson = serving(200, "application/json", "{\"name\":\"printer\",\"status\":\"idle\"}");

        List<ScanResult> results = scan(new AddressScanner(devices, 4), List.of(webPage, notFound, otherJson));

        assertThat(results).hasSize(3).allSatisfy(result -> assertThat(result).isInstanceOf(ScanResult.NotShelly.class));
        assertThat(results).extracting(ScanResult::address).containsExactlyInAnyOrder(webPage, notFound, otherJson);
    }

    @Test
    void silentAddressDoesNotHoldUpTheOthers() throws Exception {
        try (ShellyDevices patient = ShellyDevices.create(AddressScanner.clientOptions().withRequestTimeout(Duration.ofMinutes(5)));
             ServerSocket silent = LoopbackEndpoints.silentListener()) {
            DeviceAddress hang = LoopbackEndpoints.address(silent);
            List<DeviceAddress> others = IntStream.range(0, 10).mapToObj(i -> LoopbackEndpoints.closedPort()).toList();
            List<DeviceAddress> addresses = new ArrayList<>();
            addresses.add(hang);
            addresses.addAll(others);
            List<ScanResult> results = new CopyOnWriteArrayList<>();

            CompletableFuture<Void> scan = CompletableFuture.runAsync(
                    () -> new AddressScanner(patient, 2).scan(addresses, null, results::add, () -> false));

            await().until(() -> results.size() == others.size());
            assertThat(scan).isNotDone();
            assertThat(results).extracting(ScanResult::address).containsExactlyInAnyOrderElementsOf(others);
            silent.close();
            scan.join();
            assertThat(results).hasSize(addresses.size()).last().isInstanceOf(ScanResult.Unreachable.class)
                    .extracting(ScanResult::address).isEqualTo(hang);
        }
    }

    @Test
    void scanCalledFromACommonPoolThreadDoesNotStarveTheHttpClient() {
        List<DeviceAddress> addresses = IntStream.range(0, 5).mapToObj(i -> LoopbackEndpoints.closedPort()).toList();
        List<ScanResult> results = new CopyOnWriteArrayList<>();

        CompletableFuture.runAsync(() -> new AddressScanner(devices, 2).scan(addresses, null, results::add, () -> false)).join();

        assertThat(results).hasSize(5).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(ScanResult.Unreachable.class, unreachable -> assertThat(unreachable.reason())
                        .as("refused at once, not starved into a timeout").doesNotStartWith("no answer in time")));
    }

    @Test
    void cancelledScanStartsNoFurtherProbes() {
        List<DeviceAddress> addresses = IntStream.range(0, 50).mapToObj(i -> LoopbackEndpoints.closedPort()).toList();
        List<ScanResult> results = new CopyOnWriteArrayList<>();

        new AddressScanner(devices, 1).scan(addresses, null, results::add, () -> !results.isEmpty());

        assertThat(results).hasSizeBetween(1, 2);
    }

    @Test
    void failingResultHandlerStopsTheScanAndItsExceptionReachesTheCaller() {
        List<DeviceAddress> addresses = IntStream.range(0, 50).mapToObj(i -> LoopbackEndpoints.closedPort()).toList();
        List<ScanResult> handled = new CopyOnWriteArrayList<>();
        AddressScanner scanner = new AddressScanner(devices, 1);

        assertThatThrownBy(() -> scanner.scan(addresses, null, result -> {
            handled.add(result);
            throw new IllegalStateException("database is full");
        }, () -> false)).isInstanceOf(IllegalStateException.class).hasMessage("database is full");
        assertThat(handled).hasSizeBetween(1, 2);
    }

    @Test
    void concurrencyBelowOneIsRefused() {
        assertThatThrownBy(() -> new AddressScanner(devices, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

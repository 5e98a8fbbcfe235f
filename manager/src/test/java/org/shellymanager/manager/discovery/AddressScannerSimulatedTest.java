package org.shellymanager.manager.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.Generation;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;

/** The scanner against simulated devices of every generation on loopback, with and without auth, some faulty. */
class AddressScannerSimulatedTest {

    private static final String PASSWORD = "s3cret-pw";

    private static SimulatedFleet fleet;
    private static ShellyDevices devices;

    @BeforeAll
    static void startFleet() {
        fleet = SimulatedFleet.start(FleetSpec.builder()
                .add("SHSW-1", 1)
                .add("SNSW-001P16EU", 1)
                .add("S3SW-002P16EU", 1)
                .add("S4PL-00416EU", 1)
                .add("SHSW-PM", 1, device -> device.user("admin").password(PASSWORD))
                .add("SNSW-102P16EU", 1, device -> device.password(PASSWORD))
                .add("SNPL-00112EU", 1, device -> device.fault(new Fault.MalformedJson()))
                .add("SHPLG-S", 1)
                .build());
        device("SHPLG-S").injectFault(new Fault.Refused());
        devices = ShellyDevices.create(AddressScanner.clientOptions());
    }

    @AfterAll
    static void stopFleet() {
        devices.close();
        fleet.close();
    }

    private static SimulatedDevice device(String model) {
        return fleet.devices().stream().filter(device -> device.model().equals(model)).findFirst().orElseThrow();
    }

    private static DeviceAddress address(SimulatedDevice device) {
        return new DeviceAddress(device.host(), device.port());
    }

    private static Map<DeviceAddress, ScanResult> scan(Credentials credentials) {
        List<DeviceAddress> addresses = new ArrayList<>(fleet.devices().stream().map(AddressScannerSimulatedTest::address).toList());
        addresses.add(LoopbackEndpoints.closedPort());
        Map<DeviceAddress, ScanResult> results = new ConcurrentHashMap<>();
        new AddressScanner(devices, 3).scan(addresses, credentials, result -> results.put(result.address(), result), () -> false);
        assertThat(results).hasSize(addresses.size());
        return results;
    }

    @Test
    void findsOpenDevicesOfEveryGenerationWithTheirIdentity() {
        Map<DeviceAddress, ScanResult> results = scan(null);

        for (String model : List.of("SHSW-1", "SNSW-001P16EU", "S3SW-002P16EU", "S4PL-00416EU")) {
            SimulatedDevice device = device(model);
            assertThat(results.get(address(device))).isInstanceOfSatisfying(ScanResult.Found.class, found -> {
                assertThat(found.identity().mac()).isEqualTo(device.mac());
                assertThat(found.identity().model()).isEqualTo(model);
                assertThat(found.identity().generation()).isEqualTo(Generation.of(device.generation()));
                assertThat(found.credentialsAccepted()).isFalse();
            });
        }
    }

    @Test
    void protectedDevicesNeedCredentialsWhenNoneAreGiven() {
        Map<DeviceAddress, ScanResult> results = scan(null);

        for (String model : List.of("SHSW-PM", "SNSW-102P16EU")) {
            assertThat(results.get(address(device(model)))).isInstanceOfSatisfying(ScanResult.NeedsCredentials.class,
                    needs -> assertThat(needs.identity().mac()).isEqualTo(device(model).mac()));
        }
    }

    @Test
    void rightCredentialsAreCheckedAndAcceptedOnGen1AndGen2() {
        Map<DeviceAddress, ScanResult> results = scan(new Credentials("admin", PASSWORD));

        for (String model : List.of("SHSW-PM", "SNSW-102P16EU")) {
            assertThat(results.get(address(device(model)))).isInstanceOfSatisfying(ScanResult.Found.class,
                    found -> assertThat(found.credentialsAccepted()).isTrue());
        }
        assertThat(results.get(address(device("SHSW-1")))).isInstanceOfSatisfying(ScanResult.Found.class,
                found -> assertThat(found.credentialsAccepted()).isFalse());
    }

    @Test
    void wrongCredentialsLeaveProtectedDevicesNeedingCredentials() {
        Map<DeviceAddress, ScanResult> results = scan(new Credentials("admin", "not-" + PASSWORD));

        assertThat(results.get(address(device("SHSW-PM")))).isInstanceOf(ScanResult.NeedsCredentials.class);
        assertThat(results.get(address(device("SNSW-102P16EU")))).isInstanceOf(ScanResult.NeedsCredentials.class);
    }

    @Test
    void faultyDevicesAndEmptyAddressesAreReportedForWhatTheyAre() {
        Map<DeviceAddress, ScanResult> results = scan(null);

        assertThat(results.get(address(device("SNPL-00112EU")))).isInstanceOf(ScanResult.NotShelly.class);
        assertThat(results.get(address(device("SHPLG-S")))).isInstanceOf(ScanResult.Unreachable.class);
        assertThat(results.values()).filteredOn(ScanResult.Unreachable.class::isInstance).hasSize(2);
    }
}

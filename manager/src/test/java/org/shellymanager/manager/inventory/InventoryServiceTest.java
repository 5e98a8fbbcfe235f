package org.shellymanager.manager.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.Generation;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.MutableClock;
import org.shellymanager.manager.platform.OnEveryDatabase;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.platform.TestDatabase;
import org.shellymanager.manager.security.SecretCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The inventory rules and its store, on SQLite, PostgreSQL and MariaDB. */
@OnEveryDatabase
class InventoryServiceTest {

    @Parameter
    TestDatabase database;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private JdbcClient jdbc;
    private InventoryService inventory;

    @BeforeEach
    void emptyInventory() {
        jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("DELETE FROM devices").update();
        JsonMapper json = JsonMapper.builder().build();
        inventory = new InventoryService(new JdbcDeviceStore(jdbc), new JdbcFleetSummary(jdbc), new ModelCatalog(json),
                new CredentialVault(new SecretCipher(new byte[32]), json), clock);
    }

    @Test
    void recordsANewDeviceWithItsIdentity() {
        SightingOutcome outcome = inventory.record(sighting("AABBCCDDEE01", "SNSW-001P16EU", "10.0.0.5:80"));

        Device device = outcome.device();
        assertThat(outcome.change()).isEqualTo(SightingOutcome.Change.ADDED);
        assertThat(device.mac()).isEqualTo("AABBCCDDEE01");
        assertThat(device.generation()).isEqualTo(Generation.GEN2);
        assertThat(device.address()).isEqualTo(DeviceAddress.parse("10.0.0.5:80"));
        assertThat(device.online()).isTrue();
        assertThat(device.status()).isEqualTo(InventoryStatus.ACTIVE);
        assertThat(device.firstSeen()).isEqualTo(clock.instant());
        assertThat(inventory.productName(device)).isEqualTo("Shelly Plus 1PM");
    }

    @Test
    void knownMacAtANewAddressIsUpdatedNotDuplicated() {
        String id = inventory.record(sighting("AABBCCDDEE01", "SHSW-1", "10.0.0.5:80")).device().id();
        clock.advance(Duration.ofMinutes(5));

        SightingOutcome outcome = inventory.record(sighting("AABBCCDDEE01", "SHSW-1", "10.0.0.9:80"));

        assertThat(outcome.change()).isEqualTo(SightingOutcome.Change.ADDRESS_CHANGED);
        assertThat(outcome.device().id()).isEqualTo(id);
        assertThat(outcome.device().address().host()).isEqualTo("10.0.0.9");
        assertThat(outcome.device().lastSeen()).isEqualTo(clock.instant());
        assertThat(all()).hasSize(1);
    }

    @Test
    void anotherMacAtAKnownAddressIsANewDeviceAndTheOldOneIsMarkedMoved() {
        String old = inventory.record(sighting("AABBCCDDEE01", "SHSW-1", "10.0.0.5:80")).device().id();

        SightingOutcome outcome = inventory.record(sighting("AABBCCDDEE02", "SHPLG-S", "10.0.0.5:80"));

        assertThat(outcome.change()).isEqualTo(SightingOutcome.Change.ADDED);
        assertThat(outcome.displaced()).extracting(Device::id).containsExactly(old);
        Device moved = inventory.get(old);
        assertThat(moved.status()).isEqualTo(InventoryStatus.MOVED);
        assertThat(moved.online()).isFalse();
        assertThat(all()).hasSize(2);
    }

    @Test
    void deviceAskingForALoginWithoutOneIsFlaggedAndCredentialsAreKeptSealed() {
        Device flagged = inventory.record(new Sighting(Identities.of("AABBCCDDEE03", "SNPL-00112EU", Generation.GEN2, true),
                DeviceAddress.parse("10.0.0.7"), null, false)).device();
        assertThat(flagged.needsCredentials()).isTrue();

        Device patched = inventory.update(flagged.id(), new DevicePatch(EnumSet.of(DevicePatch.Field.CREDENTIALS),
                null, null, null, null, new Credentials("admin", "s3cret")));

        assertThat(patched.needsCredentials()).isFalse();
        assertThat(patched.hasCredentials()).isTrue();
        assertThat(inventory.credentials(flagged.id())).contains(new Credentials("admin", "s3cret"));
        String stored = jdbc.sql("SELECT credentials FROM devices WHERE id = ?").param(flagged.id()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("s3cret");
    }

    @Test
    void patchChangesOnlyTheFieldsGivenAndNullClears() {
        String id = inventory.record(sighting("AABBCCDDEE04", "SHSW-25", "10.0.0.8")).device().id();
        inventory.update(id, new DevicePatch(EnumSet.of(DevicePatch.Field.NAME, DevicePatch.Field.ROOM, DevicePatch.Field.TAGS),
                "Garage light", "Garage", Set.of("outdoor", "light"), null, null));

        Device device = inventory.update(id, new DevicePatch(EnumSet.of(DevicePatch.Field.ROOM), null, null, null, null, null));

        assertThat(device.name()).isEqualTo("Garage light");
        assertThat(device.room()).isNull();
        assertThat(device.tags()).containsExactlyInAnyOrder("light", "outdoor");
    }

    @Test
    void readsTheWholeFleetInMacOrderWithTags() {
        inventory.record(sighting("AABBCCDDEE0F", "SHSW-1", "10.0.0.15"));
        String tagged = inventory.record(sighting("AABBCCDDEE0A", "SHSW-25", "10.0.0.10")).device().id();
        inventory.record(sighting("AABBCCDDEE0C", "SNSW-001P16EU", "10.0.0.12"));
        inventory.update(tagged, new DevicePatch(EnumSet.of(DevicePatch.Field.TAGS), null, null, Set.of("outdoor", "light"), null, null));

        List<Device> fleet = inventory.all();

        assertThat(fleet).extracting(Device::mac).containsExactly("AABBCCDDEE0A", "AABBCCDDEE0C", "AABBCCDDEE0F");
        assertThat(fleet.getFirst().tags()).containsExactlyInAnyOrder("light", "outdoor");
        assertThat(fleet.get(1).tags()).isEmpty();
    }

    @Test
    void listsWithFiltersSortingAndPaging() {
        inventory.record(sighting("AABBCCDDEE11", "SHSW-1", "10.0.0.11"));
        String plug = inventory.record(sighting("AABBCCDDEE12", "SNPL-00112EU", "10.0.0.12")).device().id();
        inventory.record(sighting("AABBCCDDEE13", "S4SW-001X16EU", "10.0.0.13"));
        inventory.update(plug, new DevicePatch(EnumSet.of(DevicePatch.Field.NAME, DevicePatch.Field.TAGS),
                "Kettle 100%_plug", null, Set.of("kitchen"), null, null));

        assertThat(macs(query("plug s", null, null, "mac,asc", 0, 10))).containsExactly("AABBCCDDEE12");
        assertThat(macs(query("100%_", null, null, "mac,asc", 0, 10))).containsExactly("AABBCCDDEE12");
        assertThat(macs(query(null, 4, null, "mac,asc", 0, 10))).containsExactly("AABBCCDDEE13");
        assertThat(macs(query(null, null, "kitchen", "mac,asc", 0, 10))).containsExactly("AABBCCDDEE12");
        assertThat(macs(query(null, null, null, "name,asc", 0, 10)).getFirst()).isEqualTo("AABBCCDDEE12");
        Page<Device> second = query(null, null, null, "mac,desc", 1, 2);
        assertThat(second.total()).isEqualTo(3);
        assertThat(macs(second)).containsExactly("AABBCCDDEE11");
    }

    @Test
    void byNameIgnoresCaseFollowsRenamesAndPutsUnnamedDevicesLastInBothDirections() {
        inventory.record(sighting("AABBCCDDEE21", "SHSW-1", "10.0.0.21"));
        String beta = name(inventory.record(sighting("AABBCCDDEE22", "SHSW-1", "10.0.0.22")).device().id(), "beta");
        String alpha = name(inventory.record(sighting("AABBCCDDEE23", "SHSW-1", "10.0.0.23")).device().id(), "Alpha");
        name(inventory.record(sighting("AABBCCDDEE24", "SHSW-1", "10.0.0.24")).device().id(), "charlie");
        inventory.record(sighting("AABBCCDDEE20", "SHSW-1", "10.0.0.20"));

        assertThat(macs(query(null, null, null, "name,asc", 0, 10)))
                .containsExactly("AABBCCDDEE23", "AABBCCDDEE22", "AABBCCDDEE24", "AABBCCDDEE20", "AABBCCDDEE21");
        assertThat(macs(query(null, null, null, "name,desc", 0, 10)))
                .containsExactly("AABBCCDDEE24", "AABBCCDDEE22", "AABBCCDDEE23", "AABBCCDDEE20", "AABBCCDDEE21");

        name(beta, "Zulu");
        name(alpha, null);
        inventory.record(sighting("AABBCCDDEE24", "SHSW-1", "10.0.0.24"));
        assertThat(macs(query(null, null, null, null, 0, 10)))
                .as("the default order, after a rename, a cleared name and a new sighting")
                .containsExactly("AABBCCDDEE24", "AABBCCDDEE22", "AABBCCDDEE20", "AABBCCDDEE21", "AABBCCDDEE23");
        assertThat(macs(query(null, null, null, "name,asc", 1, 2))).containsExactly("AABBCCDDEE20", "AABBCCDDEE21");
    }

    private String name(String id, String name) {
        inventory.update(id, new DevicePatch(EnumSet.of(DevicePatch.Field.NAME), name, null, null, null, null));
        return id;
    }

    @Test
    void silenceMarksTheDeviceAtThatAddressOffline() {
        String id = inventory.record(sighting("AABBCCDDEE21", "SHSW-1", "10.0.0.21")).device().id();

        assertThat(inventory.recordSilence(DeviceAddress.parse("10.0.0.21"))).containsExactly(id);

        assertThat(inventory.get(id).online()).isFalse();
        assertThat(macs(inventory.list(new DeviceQuery(null, null, null, null, null, false, null, null, null, 0, 10))))
                .containsExactly("AABBCCDDEE21");
    }

    @Test
    void countsTheFleetInOneQueryAndPlacesEveryDevice() {
        String quiet = inventory.record(sighting("AABBCCDDEE41", "SHSW-1", "10.0.1.7")).device().id();
        String named = inventory.record(sighting("AABBCCDDEE42", "SNSW-001P16EU", "10.0.0.9")).device().id();
        inventory.record(sighting("AABBCCDDEE43", "SNSW-001P16EU", "10.0.0.10"));
        inventory.recordSilence(DeviceAddress.parse("10.0.1.7"));
        inventory.update(named, new DevicePatch(EnumSet.of(DevicePatch.Field.NAME, DevicePatch.Field.ROOM), "Hall", "Hall",
                null, null, null));

        assertThat(inventory.counts()).isEqualTo(new FleetCounts(3, 2, 0));
        assertThat(inventory.counts().offline()).isEqualTo(1);
        assertThat(inventory.placements(null)).extracting(DevicePlacement::host)
                .containsExactly("10.0.0.10", "10.0.0.9", "10.0.1.7");
        assertThat(inventory.placements("Hall")).singleElement().satisfies(placement -> {
            assertThat(placement.id()).isEqualTo(named);
            assertThat(placement.label()).isEqualTo("Hall");
            assertThat(placement.online()).isTrue();
        });
        assertThat(inventory.placements(null)).filteredOn(p -> p.id().equals(quiet)).singleElement()
                .satisfies(placement -> assertThat(placement.online()).isFalse());
    }

    @Test
    void forgettingRemovesTheDeviceAndItsTags() {
        String id = inventory.record(sighting("AABBCCDDEE31", "SHSW-1", "10.0.0.31")).device().id();
        inventory.update(id, new DevicePatch(EnumSet.of(DevicePatch.Field.TAGS), null, null, Set.of("a"), null, null));

        inventory.forget(id);

        assertThat(inventory.find(id)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM device_tags").query(Long.class).single()).isZero();
        assertThatThrownBy(() -> inventory.forget(id)).isInstanceOf(ManagerException.class).hasMessageContaining(id);
    }

    private static Sighting sighting(String mac, String model, String address) {
        Generation generation = switch (model.charAt(1)) {
            case 'H' -> Generation.GEN1;
            case '3' -> Generation.GEN3;
            case '4' -> Generation.GEN4;
            default -> Generation.GEN2;
        };
        return new Sighting(Identities.of(mac, model, generation, false), DeviceAddress.parse(address), null, true);
    }

    private Page<Device> query(String text, Integer generation, String tag, String sort, int page, int size) {
        return inventory.list(new DeviceQuery(text, null, generation, tag, null, null, null, null, sort, page, size));
    }

    private List<Device> all() {
        return query(null, null, null, null, 0, Page.MAX_SIZE).items();
    }

    private static List<String> macs(Page<Device> page) {
        return page.items().stream().map(Device::mac).toList();
    }
}

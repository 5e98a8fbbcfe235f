package org.shellymanager.manager.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.Generation;
import org.shellymanager.manager.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Devices and their tags in the {@code devices} and {@code device_tags} tables. */
@Repository
class JdbcDeviceStore {

    private static final String COLUMNS = "id, mac, device_id, model, generation, firmware, host, port, name, room, notes, "
            + "status, online, auth_required, needs_credentials, capabilities, first_seen, last_seen, "
            + "CASE WHEN credentials IS NULL THEN 0 ELSE 1 END AS has_credentials";

    private final JdbcClient jdbc;
    private final SharedValues shared = new SharedValues();

    JdbcDeviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Device device) {
        jdbc.sql("INSERT INTO devices (id, mac, device_id, model, generation, firmware, host, port, name, room, notes, "
                        + "status, online, auth_required, needs_credentials, capabilities, first_seen, last_seen, "
                        + NameOrder.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(device.id(), device.mac(), device.deviceId(), device.model(), device.generation().number(),
                        device.firmware(), device.address().host(), device.address().port(), device.name(), device.room(),
                        device.notes(), device.status().name(), device.online(), device.authRequired(),
                        device.needsCredentials(), String.join(",", device.capabilities()),
                        device.firstSeen().toEpochMilli(), device.lastSeen().toEpochMilli())
                .params(NameOrder.values(device.name()))
                .update();
        replaceTags(device.id(), device.tags());
    }

    /** Writes what a sighting tells about a device: identity, address, reachability and login need. */
    void updateSighting(Device device) {
        jdbc.sql("UPDATE devices SET device_id = ?, model = ?, generation = ?, firmware = ?, host = ?, port = ?, name = ?, "
                        + "status = ?, online = ?, auth_required = ?, needs_credentials = ?, last_seen = ?, "
                        + NameOrder.ASSIGNMENTS + " WHERE id = ?")
                .params(device.deviceId(), device.model(), device.generation().number(), device.firmware(),
                        device.address().host(), device.address().port(), device.name(), device.status().name(),
                        device.online(), device.authRequired(), device.needsCredentials(),
                        device.lastSeen().toEpochMilli())
                .params(NameOrder.values(device.name()))
                .params(device.id())
                .update();
    }

    void updateUserFields(String id, String name, String room, String notes) {
        jdbc.sql("UPDATE devices SET name = ?, room = ?, notes = ?, " + NameOrder.ASSIGNMENTS + " WHERE id = ?")
                .params(name, room, notes).params(NameOrder.values(name)).params(id).update();
    }

    void updateCapabilities(String id, List<String> capabilities) {
        jdbc.sql("UPDATE devices SET capabilities = ? WHERE id = ?").params(String.join(",", capabilities), id).update();
    }

    void updateCredentials(String id, String sealedOrNull, boolean needsCredentials) {
        jdbc.sql("UPDATE devices SET credentials = ?, needs_credentials = ? WHERE id = ?")
                .params(sealedOrNull, needsCredentials, id).update();
    }

    void updateOnline(Collection<String> ids, boolean online) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE devices SET online = :online WHERE id IN (:ids)").param("online", online).param("ids", ids).update();
        }
    }

    void markMoved(String id) {
        jdbc.sql("UPDATE devices SET status = 'MOVED', online = ? WHERE id = ?").params(false, id).update();
    }

    /** Marks the active devices at an address offline and returns their ids. */
    List<String> markOffline(DeviceAddress address) {
        List<String> ids = jdbc.sql("SELECT id FROM devices WHERE host = ? AND port = ? AND status = 'ACTIVE'")
                .params(address.host(), address.port()).query(String.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE devices SET online = :online WHERE id IN (:ids)").param("online", false).param("ids", ids).update();
        }
        return ids;
    }

    void replaceTags(String id, Set<String> tags) {
        jdbc.sql("DELETE FROM device_tags WHERE device_id = ?").param(id).update();
        for (String tag : tags) {
            jdbc.sql("INSERT INTO device_tags (device_id, tag) VALUES (?, ?)").params(id, tag).update();
        }
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM devices WHERE id = ?").param(id).update() == 1;
    }

    Optional<String> credentials(String id) {
        return jdbc.sql("SELECT credentials FROM devices WHERE id = ? AND credentials IS NOT NULL").param(id)
                .query(String.class).optional();
    }

    Optional<Device> findById(String id) {
        return one("id = ?", id);
    }

    Optional<Device> findByMac(String mac) {
        return one("mac = ?", mac);
    }

    /** How many devices come before this MAC in MAC order (one indexed count, not a read of the fleet). */
    int countBeforeMac(String mac) {
        return jdbc.sql("SELECT COUNT(*) FROM devices WHERE mac < ?").param(mac).query(Integer.class).single();
    }

    List<Device> findActiveAt(DeviceAddress address) {
        return withTags(jdbc.sql("SELECT " + COLUMNS + " FROM devices WHERE host = ? AND port = ? AND status = 'ACTIVE'")
                .params(address.host(), address.port()).query(this::device).list());
    }

    /** One page of devices; {@code modelsNamed} are the model codes whose product name matches the query text. */
    Page<Device> query(DeviceQuery query, List<String> modelsNamed) {
        Map<String, Object> params = new HashMap<>();
        String where = DeviceFilterSql.where(query, modelsNamed, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM devices" + where).params(params).query(Long.class).single();
        String order = DeviceQuery.SORT_COLUMNS.get(DeviceQuery.sortField(query.sort()));
        String direction = DeviceQuery.sortDirection(query.sort()).toUpperCase(java.util.Locale.ROOT);
        String orderBy = Arrays.stream(order.split(", ")).map(part -> DeviceQuery.lastInBothDirections(part) ? part : part + " " + direction)
                .collect(Collectors.joining(", "));
        params.put("limit", query.size());
        params.put("offset", Page.offset(query.page(), query.size()));
        List<Device> items = jdbc.sql("SELECT " + COLUMNS + " FROM devices" + where + " ORDER BY " + orderBy
                        + ", mac LIMIT :limit OFFSET :offset")
                .params(params).query(this::device).list();
        return new Page<>(withTags(items), total, query.page(), query.size());
    }

    /** Every device in MAC order with its tags: two queries whatever the size of the fleet. */
    List<Device> all() {
        List<Device> all = new ArrayList<>();
        each(all::add);
        return all;
    }

    /** Hands every device to {@code action} in MAC order as its row is read, so that only one is held at a time. */
    void each(Consumer<Device> action) {
        Map<String, Set<String>> tags = new HashMap<>();
        jdbc.sql("SELECT device_id, tag FROM device_tags").query(rs -> {
            tags.computeIfAbsent(rs.getString("device_id"), id -> new TreeSet<>()).add(rs.getString("tag"));
        });
        jdbc.sql("SELECT " + COLUMNS + " FROM devices ORDER BY mac").query(rs -> {
            Set<String> tagged = tags.get(rs.getString("id"));
            action.accept(device(rs, tagged == null ? Set.of() : tagged));
        });
    }

    private Optional<Device> one(String condition, String value) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM devices WHERE " + condition).param(value)
                .query(this::device).optional().map(device -> withTags(List.of(device)).getFirst());
    }

    private List<Device> withTags(List<Device> devices) {
        if (devices.isEmpty()) {
            return devices;
        }
        Map<String, Set<String>> tags = new HashMap<>();
        jdbc.sql("SELECT device_id, tag FROM device_tags WHERE device_id IN (:ids)")
                .param("ids", devices.stream().map(Device::id).toList())
                .query(rs -> {
                    tags.computeIfAbsent(rs.getString("device_id"), id -> new TreeSet<>()).add(rs.getString("tag"));
                });
        return tagged(devices, tags);
    }

    private static List<Device> tagged(List<Device> devices, Map<String, Set<String>> tags) {
        return devices.stream().map(d -> tags.containsKey(d.id()) ? withTags(d, tags.get(d.id())) : d).toList();
    }

    private static Device withTags(Device d, Collection<String> tags) {
        return new Device(d.id(), d.mac(), d.deviceId(), d.model(), d.generation(), d.firmware(), d.address(), d.name(),
                d.room(), Set.copyOf(tags), d.notes(), d.status(), d.online(), d.authRequired(), d.needsCredentials(),
                d.hasCredentials(), d.capabilities(), d.firstSeen(), d.lastSeen());
    }

    private Device device(ResultSet rs, int row) throws SQLException {
        return device(rs, Set.of());
    }

    /** The row's device; model, firmware, room and capabilities are {@linkplain SharedValues shared} with other devices. */
    private Device device(ResultSet rs, Set<String> tags) throws SQLException {
        return new Device(rs.getString("id"), rs.getString("mac"), rs.getString("device_id"), shared.string(rs.getString("model")),
                Generation.of(rs.getInt("generation")), shared.string(rs.getString("firmware")),
                new DeviceAddress(rs.getString("host"), rs.getInt("port")), rs.getString("name"), shared.string(rs.getString("room")),
                tags, rs.getString("notes"), InventoryStatus.valueOf(rs.getString("status")), rs.getBoolean("online"),
                rs.getBoolean("auth_required"), rs.getBoolean("needs_credentials"), rs.getBoolean("has_credentials"),
                shared.commaSeparated(rs.getString("capabilities")),
                Instant.ofEpochMilli(rs.getLong("first_seen")), Instant.ofEpochMilli(rs.getLong("last_seen")));
    }
}

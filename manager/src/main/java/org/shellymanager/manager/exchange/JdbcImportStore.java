package org.shellymanager.manager.exchange;

import java.util.List;

import org.shellymanager.manager.inventory.NameOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes imported devices into the inventory's {@code devices} and {@code device_tags} tables: an import sets
 * fields (identity, times, status) that no inventory operation sets by design, so it writes the rows itself,
 * inside the import's one transaction. Credentials are never touched.
 */
@Repository
class JdbcImportStore {

    private final JdbcClient jdbc;

    JdbcImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(SnapshotDevice d, boolean exists) {
        Object[] values = {d.mac(), d.deviceId(), d.model(), d.generation(), d.firmware(), d.host(), d.port(), d.name(),
                d.room(), d.notes(), d.status(), d.online(), d.authRequired(), d.needsCredentials(),
                String.join(",", d.capabilities()), d.firstSeen().toEpochMilli(), d.lastSeen().toEpochMilli()};
        if (exists) {
            jdbc.sql("UPDATE devices SET mac = ?, device_id = ?, model = ?, generation = ?, firmware = ?, host = ?, port = ?, "
                    + "name = ?, room = ?, notes = ?, status = ?, online = ?, auth_required = ?, needs_credentials = ?, "
                    + "capabilities = ?, first_seen = ?, last_seen = ?, " + NameOrder.ASSIGNMENTS + " WHERE id = ?")
                    .params(values).params(NameOrder.values(d.name())).params(d.id()).update();
        } else {
            jdbc.sql("INSERT INTO devices (mac, device_id, model, generation, firmware, host, port, name, room, notes, status, "
                    + "online, auth_required, needs_credentials, capabilities, first_seen, last_seen, " + NameOrder.COLUMNS
                    + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(values).params(NameOrder.values(d.name())).params(d.id()).update();
        }
        jdbc.sql("DELETE FROM device_tags WHERE device_id = ?").param(d.id()).update();
        for (String tag : d.tags()) {
            jdbc.sql("INSERT INTO device_tags (device_id, tag) VALUES (?, ?)").params(d.id(), tag).update();
        }
    }

    boolean idTaken(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM devices WHERE id = ?").param(id).query(Long.class).single() > 0;
    }
}

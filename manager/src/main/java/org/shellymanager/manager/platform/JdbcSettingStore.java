package org.shellymanager.manager.platform;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Named settings changed at run time (not the start-up configuration), in the {@code settings} table. */
@Repository
public class JdbcSettingStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSettingStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<String> find(String name) {
        return jdbc.sql("SELECT setting FROM settings WHERE name = ?").param(name).query(String.class).optional();
    }

    @Transactional
    public void put(String name, String value) {
        long now = clock.millis();
        int updated = jdbc.sql("UPDATE settings SET setting = ?, updated_at = ? WHERE name = ?").params(value, now, name).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO settings (name, setting, updated_at) VALUES (?, ?, ?)").params(name, value, now).update();
        }
    }

    public void remove(String name) {
        jdbc.sql("DELETE FROM settings WHERE name = ?").param(name).update();
    }
}

package org.shellymanager.manager.firmware;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each device's firmware as last checked, in {@code firmware_devices}. */
@Repository
class JdbcFirmwareStore {

    private static final String COLUMNS = "device_id, current_version, current_build, stable_version, beta_version, "
            + "checked_at, behind_since, check_error";

    private final JdbcClient jdbc;

    JdbcFirmwareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DeviceFirmware> find(String deviceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_devices WHERE device_id = ?").param(deviceId)
                .query(JdbcFirmwareStore::row).optional();
    }

    List<DeviceFirmware> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_devices").query(JdbcFirmwareStore::row).list();
    }

    @Transactional
    void save(DeviceFirmware firmware) {
        int updated = jdbc.sql("UPDATE firmware_devices SET current_version = ?, current_build = ?, stable_version = ?, "
                        + "beta_version = ?, checked_at = ?, behind_since = ?, check_error = ? WHERE device_id = ?")
                .params(firmware.currentVersion(), firmware.currentBuild(), firmware.stableVersion(), firmware.betaVersion(),
                        firmware.checkedAt().toEpochMilli(), millis(firmware.behindSince()), firmware.checkError(),
                        firmware.deviceId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO firmware_devices (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(firmware.deviceId(), firmware.currentVersion(), firmware.currentBuild(), firmware.stableVersion(),
                            firmware.betaVersion(), firmware.checkedAt().toEpochMilli(), millis(firmware.behindSince()),
                            firmware.checkError())
                    .update();
        }
    }

    private static DeviceFirmware row(ResultSet rs, int row) throws SQLException {
        long behind = rs.getLong("behind_since");
        Instant behindSince = rs.wasNull() ? null : Instant.ofEpochMilli(behind);
        return new DeviceFirmware(rs.getString("device_id"), rs.getString("current_version"), rs.getString("current_build"),
                rs.getString("stable_version"), rs.getString("beta_version"), Instant.ofEpochMilli(rs.getLong("checked_at")),
                behindSince, rs.getString("check_error"));
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}

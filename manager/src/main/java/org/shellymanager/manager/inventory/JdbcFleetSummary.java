package org.shellymanager.manager.inventory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fleet-wide reads that need a few columns of every device: one grouped count, and every device's placement. */
@Repository
class JdbcFleetSummary {

    private final JdbcClient jdbc;

    JdbcFleetSummary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FleetCounts counts() {
        long[] counts = new long[3];
        jdbc.sql("SELECT online, needs_credentials, COUNT(*) AS n FROM devices GROUP BY online, needs_credentials")
                .query(rs -> {
                    long n = rs.getLong("n");
                    counts[0] += n;
                    counts[1] += rs.getBoolean("online") ? n : 0;
                    counts[2] += rs.getBoolean("needs_credentials") ? n : 0;
                });
        return new FleetCounts(counts[0], counts[1], counts[2]);
    }

    /** Every device ordered by address; {@code room}, when given, keeps only the devices in that room. */
    List<DevicePlacement> placements(String room) {
        String where = room == null ? "" : " WHERE room = :room";
        var query = jdbc.sql("SELECT id, name, device_id, host, room, online, needs_credentials FROM devices" + where
                + " ORDER BY host, port");
        if (room != null) {
            query = query.param("room", room);
        }
        return query.query((rs, row) -> {
            String name = rs.getString("name");
            return new DevicePlacement(rs.getString("id"), name == null || name.isBlank() ? rs.getString("device_id") : name,
                    rs.getString("host"), rs.getString("room"), rs.getBoolean("online"), rs.getBoolean("needs_credentials"));
        }).list();
    }
}

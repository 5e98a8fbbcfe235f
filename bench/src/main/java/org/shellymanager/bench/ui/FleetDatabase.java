package org.shellymanager.bench.ui;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Writes a large inventory straight into a manager's SQLite database (schema as migrated by the server), so that
 * pages can be measured at 10,000 devices without discovering them first. The devices are spread over 40 /24
 * subnets, 50 rooms, five models of all generations, with tags; a tenth are offline and one in fifty needs
 * credentials. Nothing listens at their addresses.
 */
public final class FleetDatabase {

    private static final String[][] MODELS = {
            {"SHSW-1", "1", "shelly1-%s"}, {"SHSW-PM", "1", "shelly1pm-%s"}, {"SNSW-001P16EU", "2", "shellyplus1pm-%s"},
            {"S3SW-002P16EU", "3", "shelly2pmg3-%s"}, {"S4PL-00416EU", "4", "shellypstripg4-%s"}};

    private FleetDatabase() {
    }

    public static void fill(Path dataDir, int devices) throws SQLException {
        String url = "jdbc:sqlite:" + dataDir.resolve("shelly-manager.db");
        long now = System.currentTimeMillis();
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            try (PreparedStatement device = db.prepareStatement("INSERT INTO devices (id, mac, device_id, model, generation, "
                    + "firmware, host, port, name, room, notes, status, online, auth_required, needs_credentials, credentials, "
                    + "capabilities, first_seen, last_seen, name_unset, name_key) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,NULL,'ACTIVE',?,?,?,NULL,?,?,?,0,?)");
                 PreparedStatement tag = db.prepareStatement("INSERT INTO device_tags (device_id, tag) VALUES (?,?)")) {
                for (int i = 0; i < devices; i++) {
                    String[] model = MODELS[i % MODELS.length];
                    String mac = String.format(Locale.ROOT, "B0B21C%06X", i);
                    String id = String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i);
                    device.setString(1, id);
                    device.setString(2, mac);
                    device.setString(3, String.format(model[2], mac.toLowerCase(Locale.ROOT)));
                    device.setString(4, model[0]);
                    device.setInt(5, Integer.parseInt(model[1]));
                    device.setString(6, "1.4.4");
                    device.setString(7, "127.10." + (i / 250) % 40 + "." + (i % 250 + 1));
                    device.setInt(8, 80);
                    device.setString(9, "Device " + i);
                    device.setString(10, "Room " + i % 50);
                    device.setBoolean(11, i % 10 != 0);
                    device.setBoolean(12, i % 50 == 0);
                    device.setBoolean(13, i % 50 == 0);
                    device.setString(14, "switch,metering");
                    device.setLong(15, now);
                    device.setLong(16, now);
                    device.setString(17, ("Device " + i).toLowerCase(Locale.ROOT));
                    device.addBatch();
                    tag.setString(1, id);
                    tag.setString(2, i % 3 == 0 ? "lights" : "plugs");
                    tag.addBatch();
                }
                device.executeBatch();
                tag.executeBatch();
            }
            db.commit();
        }
    }
}

package org.shellymanager.manager.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * History as archives made before schema version 23 hold it, in {@code telemetry_samples} and
 * {@code telemetry_aggregates} with the device, channel and metric on every row, converted while restoring into
 * {@code telemetry_series}, {@code telemetry_points} and {@code telemetry_buckets} (migration V23 does the same for a
 * database). A full archive's rows are added; an incremental or differential archive's keys to clear delete the rows
 * they name, and its rows replace the ones with their key.
 */
final class LegacyHistory implements ArchiveReader.RowSink {

    /** What this sink does with the blocks it is given. */
    enum Mode { ADD, CLEAR, REPLACE }

    private static final Map<String, String> REPLACED_BY = Map.of("telemetry_samples", "telemetry_points",
            "telemetry_aggregates", "telemetry_buckets");

    private final Connection connection;
    private final Mode mode;
    private Map<String, Integer> series;
    private int highest;
    private boolean samples;
    private List<String> columns;
    private boolean active;

    LegacyHistory(Connection connection, Mode mode) {
        this.connection = connection;
        this.mode = mode;
    }

    /** Whether {@code table} is one of the history tables before version 23. */
    static boolean holds(String table) {
        return REPLACED_BY.containsKey(table);
    }

    /** The table that holds a legacy table's rows now. */
    static String replacement(String table) {
        return REPLACED_BY.get(table);
    }

    /** A sink that gives the blocks of the legacy tables to {@code legacy} and all others to {@code sink}. */
    static ArchiveReader.RowSink routing(ArchiveReader.RowSink sink, LegacyHistory legacy) {
        return new ArchiveReader.RowSink() {
            private ArchiveReader.RowSink current;

            @Override
            public void table(String name, List<String> archived, boolean clear) {
                current = holds(name) ? legacy : sink;
                current.table(name, archived, clear);
            }

            @Override
            public void row(List<Object> values) {
                current.row(values);
            }
        };
    }

    @Override
    public void table(String name, List<String> archived, boolean clear) {
        samples = name.equals("telemetry_samples");
        columns = archived.stream().map(c -> c.substring(0, c.indexOf(':'))).toList();
        active = clear == (mode == Mode.CLEAR);
    }

    @Override
    public void row(List<Object> values) {
        if (!active) {
            return;
        }
        try {
            int id = seriesId(text(values, "device_id"), text(values, "channel"), text(values, "metric"));
            if (mode != Mode.ADD) {
                delete(id, values);
            }
            if (mode != Mode.CLEAR) {
                insert(id, values);
            }
        } catch (SQLException e) {
            throw new Restorer.RestoreFailure(e);
        }
    }

    private void delete(int id, List<Object> values) throws SQLException {
        String sql = samples ? "DELETE FROM telemetry_points WHERE series_id = ? AND ts = ?"
                : "DELETE FROM telemetry_buckets WHERE series_id = ? AND resolution = ? AND bucket = ?";
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setInt(1, id);
            if (samples) {
                delete.setLong(2, number(values, "ts").longValue());
            } else {
                delete.setLong(2, number(values, "resolution").longValue());
                delete.setLong(3, number(values, "bucket").longValue());
            }
            delete.executeUpdate();
        }
    }

    private void insert(int id, List<Object> values) throws SQLException {
        String sql = samples ? "INSERT INTO telemetry_points (series_id, ts, reading) VALUES (?, ?, ?)"
                : "INSERT INTO telemetry_buckets (series_id, resolution, bucket, min_value, max_value, sum_value, samples) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setInt(1, id);
            if (samples) {
                insert.setLong(2, number(values, "ts").longValue());
                insert.setDouble(3, number(values, "reading").doubleValue());
            } else {
                insert.setLong(2, number(values, "resolution").longValue());
                insert.setLong(3, number(values, "bucket").longValue());
                insert.setDouble(4, number(values, "min_value").doubleValue());
                insert.setDouble(5, number(values, "max_value").doubleValue());
                insert.setDouble(6, number(values, "sum_value").doubleValue());
                insert.setLong(7, number(values, "samples").longValue());
            }
            insert.executeUpdate();
        }
    }

    private int seriesId(String device, String channel, String metric) throws SQLException {
        if (series == null) {
            series = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT id, device_id, channel, metric FROM telemetry_series")) {
                while (rs.next()) {
                    series.put(key(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getInt(1));
                    highest = Math.max(highest, rs.getInt(1));
                }
            }
        }
        Integer id = series.get(key(device, channel, metric));
        if (id != null) {
            return id;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO telemetry_series (id, device_id, channel, metric) VALUES (?, ?, ?, ?)")) {
            insert.setInt(1, ++highest);
            insert.setString(2, device);
            insert.setString(3, channel);
            insert.setString(4, metric);
            insert.executeUpdate();
        }
        series.put(key(device, channel, metric), highest);
        return highest;
    }

    private static String key(String device, String channel, String metric) {
        return device + '\n' + channel + '\n' + metric;
    }

    private String text(List<Object> values, String column) {
        Object value = value(values, column);
        return String.valueOf(value);
    }

    private Number number(List<Object> values, String column) {
        Object value = value(values, column);
        if (value instanceof Number n) {
            return n;
        }
        try {
            return Double.valueOf(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw ArchiveReader.corrupt("history column " + column + " holds '" + value + "', not a number");
        }
    }

    private Object value(List<Object> values, String column) {
        int index = columns.indexOf(column);
        if (index < 0 || values.get(index) == null) {
            throw ArchiveReader.corrupt("a history row from before version 23 has no " + column);
        }
        return values.get(index);
    }
}

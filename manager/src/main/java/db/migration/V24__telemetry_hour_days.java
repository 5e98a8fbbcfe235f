package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Hourly history as one row per series and UTC day (docs/telemetry.md, "How history is stored"): {@code day} is the
 * epoch milliseconds of the day's start and {@code block} that day's hourly buckets, encoded by
 * {@code org.shellymanager.manager.telemetry.HourBlock}. A Java migration only because the binary type has a
 * different name in each database (BYTEA in PostgreSQL, BLOB in SQLite and MariaDB); the rest is portable SQL. The
 * hourly rows of {@code telemetry_buckets} are moved into blocks by the server once it has started, in batches
 * ({@code HourRowConversion}), not here in one transaction.
 */
public class V24__telemetry_hour_days extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String binary = product.contains("postgres") ? "BYTEA" : "BLOB";
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE telemetry_hour_days ("
                    + "series_id  INTEGER NOT NULL, "
                    + "day        BIGINT  NOT NULL, "
                    + "block      " + binary + " NOT NULL, "
                    + "PRIMARY KEY (series_id, day), "
                    + "CONSTRAINT fk_telemetry_hour_days_series FOREIGN KEY (series_id) REFERENCES telemetry_series (id) "
                    + "ON DELETE CASCADE)");
        }
    }
}

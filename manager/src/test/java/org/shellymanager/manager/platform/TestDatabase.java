package org.shellymanager.manager.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh, empty database with a random name for one test class, on SQLite, PostgreSQL or MariaDB, dropped on
 * close. The servers are the ones on this machine; a test is skipped when its server is unreachable, except
 * under {@code CI=true}, where that is a failure.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { SQLITE, POSTGRESQL, MARIADB }

    private static final String POSTGRES_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3";
    private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000";

    private final Kind kind;
    private final String name;
    private final String url;
    private final HikariDataSource dataSource;

    private TestDatabase(Kind kind, String name, String url, String user, String password) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(4);
    }

    /** Creates the database, or skips the test when its server is unreachable outside CI. */
    public static TestDatabase create(Kind kind) {
        String name = "sm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return switch (kind) {
            case SQLITE -> new TestDatabase(kind, name, SqliteDefaults.url(sqliteFile(name)), null, null);
            case POSTGRESQL -> {
                admin(POSTGRES_ADMIN, "postgres", "CREATE DATABASE " + name);
                yield new TestDatabase(kind, name, "jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
            }
            case MARIADB -> {
                admin(MARIADB_ADMIN, "root", "CREATE DATABASE " + name);
                yield new TestDatabase(kind, name, "jdbc:mariadb://127.0.0.1:3306/" + name, "root", "");
            }
        };
    }

    /** Applies the application's migrations, as the server does at start-up. */
    public TestDatabase migrated() {
        return migratedTo("latest");
    }

    /** Applies the application's migrations up to and including {@code version} ({@code latest}: all of them). */
    public TestDatabase migratedTo(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .ignoreMigrationPatterns(new String[0]).target(version).load().migrate();
        return this;
    }

    /** Adds an online Gen2 device (an SNSW-001P16EU at 127.0.0.1) for tests of stores whose rows refer to devices. */
    public void insertDevice(String id, String mac) {
        JdbcClient.create(dataSource).sql("INSERT INTO devices (id, mac, device_id, model, generation, firmware, host, port, "
                        + "status, online, auth_required, needs_credentials, capabilities, first_seen, last_seen) "
                        + "VALUES (?, ?, ?, 'SNSW-001P16EU', 2, '1.4.4', '127.0.0.1', 80, 'ACTIVE', ?, ?, ?, '', 0, 0)")
                .params(id, mac, "shellyplus1pm-" + mac.toLowerCase(Locale.ROOT), true, false, false).update();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Kind kind() {
        return kind;
    }

    /** Spring Boot arguments that point a whole application at this database. */
    public String[] springArgs() {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword())};
    }

    @Override
    public void close() {
        dataSource.close();
        switch (kind) {
            case SQLITE -> { }
            case POSTGRESQL -> admin(POSTGRES_ADMIN, "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            case MARIADB -> admin(MARIADB_ADMIN, "root", "DROP DATABASE IF EXISTS " + name);
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Path sqliteFile(String name) {
        try {
            Path dir = Files.createTempDirectory("shelly-manager-test");
            dir.toFile().deleteOnExit();
            return dir.resolve(name + ".db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void admin(String url, String user, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            Assumptions.assumeTrue("true".equals(System.getenv("CI")),
                    () -> "database server unreachable, test skipped outside CI: " + e.getMessage());
            throw new IllegalStateException("database server unreachable under CI=true: " + url, e);
        }
    }
}

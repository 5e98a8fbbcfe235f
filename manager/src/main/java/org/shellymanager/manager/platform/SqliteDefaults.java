package org.shellymanager.manager.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes SQLite in the data directory the database when {@code spring.datasource.url} is not set: one file,
 * WAL journal, foreign keys on, and transactions that take the write lock when they begin
 * ({@code transaction_mode=IMMEDIATE}) and wait up to the busy timeout for it, so concurrent writers queue
 * instead of failing with {@code SQLITE_BUSY}. A connection that still met a busy database leaves the pool
 * (see {@link SqliteBusyEviction}).
 */
class SqliteDefaults implements EnvironmentPostProcessor {

    static final String DATABASE_FILE = "shelly-manager.db";
    private static final String OPTIONS = "?journal_mode=WAL&busy_timeout=30000&foreign_keys=true&transaction_mode=IMMEDIATE";

    /** The JDBC URL of a SQLite database file with the settings above. */
    static String url(Path file) {
        return "jdbc:sqlite:" + file + OPTIONS;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("shelly-manager.data-dir", "./data")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        environment.getPropertySources().addLast(new MapPropertySource("shelly-manager-sqlite", Map.of(
                "spring.datasource.url", url(dataDir.resolve(DATABASE_FILE)),
                "spring.datasource.hikari.maximum-pool-size", "4",
                "spring.datasource.hikari.exception-override-class-name", SqliteBusyEviction.class.getName())));
    }
}

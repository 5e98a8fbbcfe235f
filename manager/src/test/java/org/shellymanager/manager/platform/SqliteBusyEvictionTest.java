package org.shellymanager.manager.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/** A pooled SQLite connection whose transaction could not begin because another writer held the lock too long. */
class SqliteBusyEvictionTest {

    @TempDir
    Path dir;
    private String url;
    private HikariDataSource pool;
    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        url = SqliteDefaults.url(dir.resolve("busy.db")).replace("busy_timeout=30000", "busy_timeout=200");
        pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(1);
        pool.setExceptionOverrideClassName(SqliteBusyEviction.class.getName());
        jdbc = new JdbcTemplate(pool);
        jdbc.execute("CREATE TABLE sighting (mac TEXT NOT NULL)");
        transactions = new TransactionTemplate(new JdbcTransactionManager(pool));
    }

    @AfterEach
    void tearDown() {
        pool.close();
    }

    @Test
    void nextTransactionIsWholeAfterOneCouldNotBeginOnABusyDatabase() throws Exception {
        try (Connection other = DriverManager.getConnection(url); Statement holder = other.createStatement()) {
            other.setAutoCommit(false);
            holder.executeUpdate("INSERT INTO sighting VALUES ('held')");
            assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                    jdbc.update("INSERT INTO sighting VALUES ('first')")))
                    .isInstanceOf(CannotCreateTransactionException.class)
                    .rootCause().hasMessageContaining("SQLITE_BUSY");
            other.rollback();
        }

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO sighting VALUES ('half')");
            throw new IllegalStateException("the second half of the batch failed");
        })).isInstanceOf(IllegalStateException.class);
        transactions.executeWithoutResult(status -> jdbc.update("INSERT INTO sighting VALUES ('whole')"));

        assertThat(jdbc.queryForList("SELECT mac FROM sighting", String.class)).containsExactly("whole");
    }
}

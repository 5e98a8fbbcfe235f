package org.shellymanager.manager.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions on a SQLite database whose write lock another connection holds past the busy timeout: the pooled
 * connection that met it leaves the pool ({@link SqliteBusyEviction}), and {@link BusyDatabase} tries the transaction
 * again or fails with a clear {@code database.busy}.
 */
class BusySqliteTest {

    @TempDir
    Path dir;
    private String url;
    private HikariDataSource pool;
    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;
    private final AtomicInteger ran = new AtomicInteger();

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
        try (Connection other = holdingTheWriteLock()) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                    jdbc.update("INSERT INTO sighting VALUES ('first')")))
                    .isInstanceOf(CannotCreateTransactionException.class)
                    .rootCause().hasMessageContaining("SQLITE_BUSY");
        }

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO sighting VALUES ('half')");
            throw new IllegalStateException("the second half of the batch failed");
        })).isInstanceOf(IllegalStateException.class);
        transactions.executeWithoutResult(status -> jdbc.update("INSERT INTO sighting VALUES ('whole')"));

        assertThat(jdbc.queryForList("SELECT mac FROM sighting", String.class)).containsExactly("whole");
    }

    @Test
    void aWriteThatNeverFindsTheDatabaseFreeFailsAsDatabaseBusySayingWhatWasWritten() throws SQLException {
        try (Connection other = holdingTheWriteLock()) {
            assertThatThrownBy(() -> BusyDatabase.inTransaction(transactions, 2, "recording discovery results", this::insert))
                    .isInstanceOfSatisfying(ManagerException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_BUSY);
                        assertThat(e.getMessage()).startsWith("The database stayed busy while recording discovery results")
                                .contains("each of 2 tries", "Nothing of this write was stored", "Try again")
                                .doesNotContain("Could not open JDBC Connection");
                    });
        }
        assertThat(ran).hasValue(0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sighting", Long.class)).isZero();
    }

    @Test
    void aWriteIsTriedAgainWhenTheDatabaseWasBusyOnlyAtFirst() throws SQLException {
        try (Connection other = holdingTheWriteLock()) {
            TransactionOperations freeAfterTheFirstTry = new TransactionOperations() {
                @Override
                public <T> T execute(TransactionCallback<T> action) {
                    try {
                        return transactions.execute(action);
                    } finally {
                        close(other);
                    }
                }
            };

            BusyDatabase.inTransaction(freeAfterTheFirstTry, 3, "recording discovery results", this::insert);
        }
        assertThat(ran).hasValue(1);
        assertThat(jdbc.queryForList("SELECT mac FROM sighting", String.class)).containsExactly("AABBCCDDEEFF");
    }

    @Test
    void otherFailuresAreNotTriedAgain() {
        assertThatThrownBy(() -> BusyDatabase.inTransaction(transactions, 3, "recording discovery results", status -> {
            insert(status);
            throw new IllegalStateException("the batch failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the batch failed");

        assertThat(ran).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sighting", Long.class)).isZero();
    }

    private void insert(Object status) {
        ran.incrementAndGet();
        jdbc.update("INSERT INTO sighting VALUES ('AABBCCDDEEFF')");
    }

    private Connection holdingTheWriteLock() throws SQLException {
        Connection other = DriverManager.getConnection(url);
        other.setAutoCommit(false);
        try (Statement statement = other.createStatement()) {
            statement.executeUpdate("INSERT INTO sighting VALUES ('held')");
        }
        return other;
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.shellymanager.manager.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs a transaction again when it could not begin because the database was busy: SQLite's write lock held by
 * another writer past the busy timeout ({@code SQLITE_BUSY}), or no pooled connection free within the pool's timeout.
 * Nothing of such a transaction ran, so trying it again is safe. When every try finds the database busy, the failure
 * is {@code database.busy} with a message that says what was being written and what to do, instead of the JDBC
 * layer's "Could not open JDBC Connection for transaction".
 */
public final class BusyDatabase {

    private static final Logger log = LoggerFactory.getLogger(BusyDatabase.class);
    private static final int SQLITE_BUSY = 5;

    private BusyDatabase() {
    }

    /**
     * Runs {@code work} in a transaction, up to {@code tries} times while the transaction cannot begin on a busy
     * database.
     *
     * @param writing what the transaction writes, for the message: "recording discovery results"
     * @throws ManagerException {@code database.busy} when every try found the database busy
     */
    public static void inTransaction(TransactionOperations transactions, int tries, String writing,
                                     Consumer<TransactionStatus> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(work);
                return;
            } catch (CannotCreateTransactionException e) {
                if (!isBusy(e)) {
                    throw e;
                }
                if (attempt >= tries) {
                    throw new ManagerException(ErrorCode.DATABASE_BUSY, "The database stayed busy while " + writing
                            + ": another writer held it (SQLite's write lock, or every pooled connection) past the "
                            + "wait limit on each of " + tries + " tries. Nothing of this write was stored; what was "
                            + "stored before is kept. Try again when the server is less busy; a fleet that keeps "
                            + "SQLite this busy belongs on PostgreSQL or MariaDB.");
                }
                log.warn("the database was busy while {} (try {} of {}); trying again: {}", writing, attempt, tries,
                        rootMessage(e));
            }
        }
    }

    /** Whether the failure is a busy database: SQLite's {@code SQLITE_BUSY} or a pool with no connection free in time. */
    public static boolean isBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && isSqliteBusy(sql)) {
                return true;
            }
        }
        return false;
    }

    /** Whether SQLite answered {@code SQLITE_BUSY}; extended result codes keep it in the low byte. */
    static boolean isSqliteBusy(SQLException e) {
        return e instanceof SQLiteException && (e.getErrorCode() & 0xff) == SQLITE_BUSY;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

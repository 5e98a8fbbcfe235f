package org.shellymanager.manager.platform;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Takes a SQLite connection out of the pool when the database was busy for longer than the busy timeout.
 *
 * <p>The SQLite driver marks a connection as "not auto-commit" before it runs {@code BEGIN IMMEDIATE}, and
 * {@code commit()} runs {@code BEGIN IMMEDIATE} again right after {@code COMMIT}. When that {@code BEGIN} finds the
 * write lock still held after the busy timeout, the driver keeps saying "not auto-commit" while no transaction is
 * open. Returned to the pool like that, the connection made the next transaction run every statement on its own
 * and end in "cannot commit - no transaction is active". The transaction that met the busy database fails with
 * the driver's {@code SQLITE_BUSY} error; the connection is closed and the pool opens a fresh one.
 */
public final class SqliteBusyEviction implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return BusyDatabase.isSqliteBusy(e) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}

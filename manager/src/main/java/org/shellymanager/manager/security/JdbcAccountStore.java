package org.shellymanager.manager.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in the {@code accounts} table. */
@Repository
class JdbcAccountStore {

    private static final String COLUMNS = "id, username, role, password_hash, source, created_at, sessions_valid_after";

    private final JdbcClient jdbc;

    JdbcAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Account account) {
        jdbc.sql("INSERT INTO accounts (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(account.id(), account.username(), account.role().name(), account.passwordHash(),
                        account.source().name(), account.createdAt().toEpochMilli(),
                        account.sessionsValidAfter().toEpochMilli())
                .update();
    }

    void update(Account account) {
        jdbc.sql("UPDATE accounts SET role = ?, password_hash = ?, sessions_valid_after = ? WHERE id = ?")
                .params(account.role().name(), account.passwordHash(), account.sessionsValidAfter().toEpochMilli(),
                        account.id())
                .update();
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM accounts WHERE id = ?").param(id).update() == 1;
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE username = ?").param(username)
                .query(JdbcAccountStore::account).optional();
    }

    Optional<Account> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = ?").param(id)
                .query(JdbcAccountStore::account).optional();
    }

    List<Account> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts ORDER BY username").query(JdbcAccountStore::account).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM accounts").query(Long.class).single();
    }

    long countAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE role = 'ADMIN'").query(Long.class).single();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getString("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                rs.getString("password_hash"), Account.Source.valueOf(rs.getString("source")),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("sessions_valid_after")));
    }
}

package org.shellymanager.manager.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens in the {@code api_tokens} table, joined with their account's name. */
@Repository
class JdbcTokenStore {

    private static final String SELECT = "SELECT t.id, t.account_id, a.username, t.name, t.role, t.created_at, "
            + "t.expires_at, t.last_used_at, t.revoked_at FROM api_tokens t JOIN accounts a ON a.id = t.account_id ";

    private final JdbcClient jdbc;

    JdbcTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiToken token, String hash) {
        jdbc.sql("INSERT INTO api_tokens (id, account_id, name, token_hash, role, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(token.id(), token.accountId(), token.name(), hash, token.role().name(),
                        token.createdAt().toEpochMilli(), token.expiresAt().toEpochMilli())
                .update();
    }

    Optional<ApiToken> findByHash(String hash) {
        return jdbc.sql(SELECT + "WHERE t.token_hash = ?").param(hash).query(JdbcTokenStore::token).optional();
    }

    Optional<ApiToken> find(String id) {
        return jdbc.sql(SELECT + "WHERE t.id = ?").param(id).query(JdbcTokenStore::token).optional();
    }

    /** The tokens of one account, or of all accounts when {@code accountId} is null, newest first. */
    List<ApiToken> list(String accountId) {
        return accountId == null
                ? jdbc.sql(SELECT + "ORDER BY t.created_at DESC, t.id").query(JdbcTokenStore::token).list()
                : jdbc.sql(SELECT + "WHERE t.account_id = ? ORDER BY t.created_at DESC, t.id").param(accountId)
                        .query(JdbcTokenStore::token).list();
    }

    void touch(String id, Instant now) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").params(now.toEpochMilli(), id).update();
    }

    boolean revoke(String id, Instant now) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(now.toEpochMilli(), id).update() == 1;
    }

    /** Lowers the role of an account's tokens that exceed {@code role}, after the account's role was lowered. */
    void capRole(String accountId, Role role) {
        for (Role above : Role.values()) {
            if (!role.includes(above)) {
                jdbc.sql("UPDATE api_tokens SET role = ? WHERE account_id = ? AND role = ?")
                        .params(role.name(), accountId, above.name()).update();
            }
        }
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getString("id"), rs.getString("account_id"), rs.getString("username"), rs.getString("name"),
                Role.valueOf(rs.getString("role")), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("expires_at")), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}

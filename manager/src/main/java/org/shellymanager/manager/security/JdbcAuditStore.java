package org.shellymanager.manager.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log in the {@code audit_events} table; rows are only ever added. */
@Repository
class JdbcAuditStore {

    private static final String COLUMNS = "id, at, actor, via, action, target, address, result, status";

    private final JdbcClient jdbc;

    JdbcAuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AuditEvent event) {
        jdbc.sql("INSERT INTO audit_events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(event.id(), event.at().toEpochMilli(), event.actor(), event.via().name(), event.action(),
                        event.target(), event.address(), event.result().name(), event.status())
                .update();
    }

    /** Newest first. */
    Page<AuditEvent> list(AuditQuery query, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_events" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", Page.offset(page, size));
        List<AuditEvent> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_events" + where
                        + " ORDER BY at DESC, id LIMIT :limit OFFSET :offset")
                .params(params).query(JdbcAuditStore::event).list();
        return new Page<>(items, total, page, size);
    }

    private static String where(AuditQuery query, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (query.actor() != null) {
            where.add("actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.action() != null) {
            where.add("action LIKE :action");
            params.put("action", "%" + query.action().replace("%", "").replace("_", "") + "%");
        }
        if (query.result() != null) {
            where.add("result = :result");
            params.put("result", query.result().name());
        }
        if (query.from() != null) {
            where.add("at >= :from");
            params.put("from", query.from().toEpochMilli());
        }
        if (query.to() != null) {
            where.add("at < :to");
            params.put("to", query.to().toEpochMilli());
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getString("id"), Instant.ofEpochMilli(rs.getLong("at")), rs.getString("actor"),
                Caller.Via.valueOf(rs.getString("via")), rs.getString("action"), rs.getString("target"),
                rs.getString("address"), AuditEvent.Result.valueOf(rs.getString("result")), rs.getInt("status"));
    }
}

package org.shellymanager.manager.security;

import java.time.Clock;
import java.util.UUID;

import org.shellymanager.manager.platform.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one audit log. Every change made over the API is written by {@link AuditInterceptor}; changes the manager
 * makes on its own (schedules) call {@link #system}; refused password logins and single sign-ons are recorded
 * where they are decided — nothing else writes here.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcAuditStore store;
    private final Clock clock;

    AuditLog(JdbcAuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records a change the manager made by itself, such as a scheduled discovery. */
    public void system(String action, String target, AuditEvent.Result result) {
        record(Caller.SYSTEM.username(), Caller.Via.SYSTEM, action, target, null, result, 0);
    }

    void record(String actor, Caller.Via via, String action, String target, String address, AuditEvent.Result result,
                int status) {
        AuditEvent event = new AuditEvent(UUID.randomUUID().toString(), clock.instant(), truncate(actor, 100), via, action,
                truncate(target, 1024), address, result, status);
        store.insert(event);
        log.info("audit: {} via {} from {}: {} {} -> {} ({})", actor, via, address, action, target, result, status);
    }

    public Page<AuditEvent> list(AuditQuery query, int page, int size) {
        return store.list(query, page, size);
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}

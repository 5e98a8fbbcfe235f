package org.shellymanager.manager.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * When each API token was last used, written off the request path: a request only notes the time in memory, and
 * the times noted are written together every few seconds (and at shutdown), so that an API call never waits for
 * the database's write lock. A stored time may be a minute stale, so a busy token is noted about once a minute;
 * tokens as listed show the time noted but not yet written.
 */
@Component
class TokenLastUse {

    /** How stale a token's last-use time may get before a request notes a new one. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(TokenLastUse.class);

    private final JdbcTokenStore tokens;
    private final TransactionOperations transactions;
    private final Map<String, Instant> noted = new ConcurrentHashMap<>();

    TokenLastUse(JdbcTokenStore tokens, TransactionOperations transactions) {
        this.tokens = tokens;
        this.transactions = transactions;
    }

    /** Notes that {@code token} was used at {@code now}, unless its last use is recent enough already. */
    void used(ApiToken token, Instant now) {
        Instant last = current(token).lastUsedAt();
        if (last == null || last.isBefore(now.minus(STALE_AFTER))) {
            noted.merge(token.id(), now, (older, newer) -> newer.isAfter(older) ? newer : older);
        }
    }

    /** The token with its last use as noted, when that is newer than the stored one. */
    ApiToken current(ApiToken token) {
        Instant pending = noted.get(token.id());
        if (pending == null || (token.lastUsedAt() != null && !pending.isAfter(token.lastUsedAt()))) {
            return token;
        }
        return new ApiToken(token.id(), token.accountId(), token.username(), token.name(), token.role(),
                token.createdAt(), token.expiresAt(), pending, token.revokedAt());
    }

    /** Writes the times noted so far in one transaction; what cannot be written now stays noted for the next try. */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    @PreDestroy
    void write() {
        if (noted.isEmpty()) {
            return;
        }
        Map<String, Instant> batch = new HashMap<>(noted);
        try {
            transactions.executeWithoutResult(tx -> batch.forEach(tokens::touch));
        } catch (DataAccessException | TransactionException e) {
            log.warn("the last use of {} API tokens could not be stored yet; trying again shortly: {}", batch.size(),
                    e.getMessage());
            return;
        }
        batch.forEach(noted::remove);
    }
}

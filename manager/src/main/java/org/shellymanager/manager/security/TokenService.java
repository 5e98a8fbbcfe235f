package org.shellymanager.manager.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shellymanager.device.Sha256;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.stereotype.Service;

/**
 * Mints, checks, lists and revokes API tokens. A token is {@code smt_} and 32 random bytes in Base64url; only its
 * SHA-256 is stored (the secret has enough entropy that a slow hash adds nothing).
 */
@Service
public class TokenService {

    static final String PREFIX = "smt_";
    private final JdbcTokenStore tokens;
    private final TokenLastUse lastUse;
    private final JdbcAccountStore accounts;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenService(JdbcTokenStore tokens, TokenLastUse lastUse, JdbcAccountStore accounts, SecurityProperties properties,
                 Clock clock) {
        this.tokens = tokens;
        this.lastUse = lastUse;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new token for {@code account}; {@code role} null means the account's role, {@code lifetime} null the default. */
    public Minted mint(Account account, String name, Role role, Duration lifetime) {
        Role scope = role == null ? account.role() : role;
        if (!account.role().includes(scope)) {
            throw new ManagerException(ErrorCode.AUTH_FORBIDDEN, "A " + account.role() + " cannot mint a "
                    + scope + " token.");
        }
        Duration life = lifetime == null ? properties.tokenLifetime() : lifetime;
        if (life.isNegative() || life.isZero() || life.compareTo(properties.maxTokenLifetime()) > 0) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "lifetime: must be positive and at most "
                    + properties.maxTokenLifetime().toDays() + " days");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "name: 1 to 100 characters");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken stored = new ApiToken(UUID.randomUUID().toString(), account.id(), account.username(), name.strip(),
                scope, now, now.plus(life), null, null);
        tokens.insert(stored, hash(token));
        return new Minted(token, stored);
    }

    /**
     * The caller a bearer token stands for, when it is stored (its account still exists); empty when it is not. A
     * stored token that expired or was revoked is refused with {@code auth.token-inactive}, so that a client can tell
     * it from one the server no longer has (its account deleted, or replaced by a restore).
     */
    public Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(hash(token)).map(t -> {
            if (!t.activeAt(now)) {
                throw new ManagerException(ErrorCode.AUTH_TOKEN_INACTIVE, "The API token " + (t.revokedAt() != null
                        ? "was revoked" : "expired") + "; mint a new one (shelly-manager login).");
            }
            lastUse.used(t, now);
            return new Caller(t.username(), t.role(), Caller.Via.TOKEN, t.id());
        });
    }

    /** The tokens of one account, or of everyone when {@code username} is null. */
    public List<ApiToken> list(String username) {
        String accountId = username == null ? null : accounts.findByUsername(username)
                .orElseThrow(() -> new ManagerException(ErrorCode.USER_NOT_FOUND, "No user named '" + username + "'."))
                .id();
        return tokens.list(accountId).stream().map(lastUse::current).toList();
    }

    public ApiToken get(String id) {
        return tokens.find(id).map(lastUse::current).orElseThrow(() -> new ManagerException(ErrorCode.TOKEN_NOT_FOUND, "No API token " + id + "."));
    }

    /** Revokes a token; revoking one already revoked changes nothing. */
    public ApiToken revoke(String id) {
        tokens.revoke(get(id).id(), clock.instant());
        return get(id);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    /** A freshly minted token: the secret, shown this once, and what is stored about it. */
    public record Minted(String token, ApiToken details) {

        @Override
        public String toString() {
            return "Minted[token=****, " + details + "]";
        }
    }
}

package org.shellymanager.manager.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local and single-sign-on accounts: creation, password checks with throttling, changes, removal. */
@Service
public class AccountService {

    static final int MIN_PASSWORD = 10;
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final JdbcAccountStore accounts;
    private final JdbcTokenStore tokens;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final String dummyHash;

    AccountService(JdbcAccountStore accounts, JdbcTokenStore tokens, PasswordEncoder encoder, LoginThrottle throttle,
                   AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.tokens = tokens;
        this.encoder = encoder;
        this.throttle = throttle;
        this.clock = clock;
        this.dummyHash = encoder.encode(UUID.randomUUID().toString());
    }

    public boolean anyAccount() {
        return accounts.count() > 0;
    }

    public List<Account> list() {
        return accounts.list();
    }

    public Account get(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new ManagerException(ErrorCode.USER_NOT_FOUND,
                "No user named '" + username + "'."));
    }

    public Optional<Account> find(String username) {
        return accounts.findByUsername(username);
    }

    @Transactional
    public Account create(String username, String password, Role role) {
        checkUsername(username);
        if (accounts.findByUsername(username).isPresent()) {
            throw new ManagerException(ErrorCode.USER_DUPLICATE, "A user named '" + username + "' already exists.");
        }
        Instant now = clock.instant();
        Account account = new Account(UUID.randomUUID().toString(), username, role, encoder.encode(checkPassword(password)),
                Account.Source.LOCAL, now, now);
        accounts.insert(account);
        log.info("created {} account {}", role, username);
        return account;
    }

    /** Changes an account's role and/or password (null keeps it); a new password ends its sessions. */
    @Transactional
    public Account update(String username, Role role, String password) {
        Account old = get(username);
        Role newRole = role == null ? old.role() : role;
        if (old.role() == Role.ADMIN && newRole != Role.ADMIN && accounts.countAdmins() == 1) {
            throw new ManagerException(ErrorCode.USER_LAST_ADMIN, "'" + username + "' is the last admin; make another admin first.");
        }
        String hash = password == null ? old.passwordHash() : encoder.encode(checkPassword(password));
        Instant validAfter = password == null ? old.sessionsValidAfter() : clock.instant();
        Account updated = new Account(old.id(), old.username(), newRole, hash,
                password == null ? old.source() : Account.Source.LOCAL, old.createdAt(), validAfter);
        accounts.update(updated);
        tokens.capRole(old.id(), newRole);
        return updated;
    }

    @Transactional
    public void delete(String username) {
        Account account = get(username);
        if (account.role() == Role.ADMIN && accounts.countAdmins() == 1) {
            throw new ManagerException(ErrorCode.USER_LAST_ADMIN, "'" + username + "' is the last admin; make another admin first.");
        }
        accounts.delete(account.id());
        log.info("removed account {}", username);
    }

    /** Ends every browser session of the account; API tokens stay (revoke them one by one). */
    public void logoutEverywhere(String username) {
        Account account = get(username);
        accounts.update(new Account(account.id(), account.username(), account.role(), account.passwordHash(),
                account.source(), account.createdAt(), clock.instant()));
    }

    /**
     * Checks a password, slowed by {@link LoginThrottle}; failed and locked-out attempts go to the audit log.
     *
     * @throws LoginLockedException when the account or address must wait
     * @throws ManagerException     {@code auth.bad-credentials} when the name or password is wrong
     */
    public Account authenticate(String username, String password, String address) {
        Duration wait = throttle.wait(username, address);
        if (!wait.isZero()) {
            failedLogin("login.locked", username, address, 429);
            throw new LoginLockedException(wait);
        }
        Optional<Account> account = username == null ? Optional.empty() : accounts.findByUsername(username);
        String hash = account.map(Account::passwordHash).orElse(dummyHash);
        boolean matches = encoder.matches(password == null ? "" : password, hash == null ? dummyHash : hash);
        if (account.isEmpty() || account.get().passwordHash() == null || !matches) {
            throttle.failed(username, address);
            log.warn("failed login for '{}' from {}", username, address);
            failedLogin("login.failed", username, address, 401);
            throw new ManagerException(ErrorCode.AUTH_BAD_CREDENTIALS, "Wrong username or password.");
        }
        throttle.succeeded(username, address);
        return account.get();
    }

    /** The account of a user who signed in through OpenID Connect, created or given the role the provider says. */
    @Transactional
    public Account signedInWithOidc(String username, Role role) {
        Optional<Account> known = accounts.findByUsername(username);
        if (known.isEmpty()) {
            Instant now = clock.instant();
            Account account = new Account(UUID.randomUUID().toString(), username, role, null, Account.Source.OIDC, now, now);
            accounts.insert(account);
            return account;
        }
        Account old = known.get();
        if (old.source() == Account.Source.LOCAL) {
            throw new ManagerException(ErrorCode.AUTH_FORBIDDEN, "A local account is named '" + username
                    + "'; single sign-on cannot take it over.");
        }
        if (old.role() == role) {
            return old;
        }
        Account updated = new Account(old.id(), old.username(), role, old.passwordHash(), old.source(), old.createdAt(),
                old.sessionsValidAfter());
        accounts.update(updated);
        tokens.capRole(old.id(), role);
        return updated;
    }

    private void failedLogin(String action, String username, String address, int status) {
        String actor = username == null || username.isBlank() ? "anonymous" : username;
        audit.record(actor, Caller.Via.PASSWORD, action, null, address, AuditEvent.Result.REFUSED, status);
    }

    private static void checkUsername(String username) {
        if (username == null || !Account.USERNAME.matcher(username).matches()) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "username: 1 to 100 letters, digits, '.', '_', '@' or '-',"
                    + " starting with a letter or digit");
        }
    }

    private static String checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 256) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "password: " + MIN_PASSWORD + " to 256 characters");
        }
        return password;
    }
}

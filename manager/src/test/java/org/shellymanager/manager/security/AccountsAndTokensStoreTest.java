package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.MutableClock;
import org.shellymanager.manager.platform.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts, login throttling and token expiry on SQLite, PostgreSQL and MariaDB, with a clock moved by hand. */
class AccountsAndTokensStoreTest {

    private static final SecurityProperties PROPERTIES = new SecurityProperties(Duration.ofDays(90), Duration.ofDays(365),
            Duration.ofMinutes(30), Duration.ofHours(12), 3, Duration.ofMinutes(15), 1200, List.of(), false,
            new SecurityProperties.Oidc(null, null, null, List.of("openid"), "OpenID Connect",
                    "preferred_username", "groups", Map.of(), null));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    private record Services(AccountService accounts, TokenService tokens, TokenLastUse lastUse, JdbcAuditStore audit) {
    }

    private Services services(TestDatabase db) {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        JdbcAccountStore accounts = new JdbcAccountStore(jdbc);
        JdbcTokenStore tokens = new JdbcTokenStore(jdbc);
        TokenLastUse lastUse = new TokenLastUse(tokens, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())));
        return new Services(new AccountService(accounts, tokens, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                new LoginThrottle(PROPERTIES, clock), new AuditLog(new JdbcAuditStore(jdbc), clock), clock),
                new TokenService(tokens, lastUse, accounts, PROPERTIES, clock), lastUse, new JdbcAuditStore(jdbc));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void storesOnlyAnArgon2HashAndChecksPasswords(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind).migrated()) {
            AccountService accounts = services(db).accounts();

            Account created = accounts.create("anna", "correct horse battery", Role.OPERATOR);

            assertThat(created.passwordHash()).startsWith("$argon2id$").doesNotContain("correct horse");
            assertThat(accounts.authenticate("anna", "correct horse battery", "10.0.0.1").role()).isEqualTo(Role.OPERATOR);
            assertThatThrownBy(() -> accounts.authenticate("anna", "wrong password!", "10.0.0.1"))
                    .isInstanceOf(ManagerException.class).hasMessageContaining("Wrong username or password");
            assertThatThrownBy(() -> accounts.create("anna", "another password", Role.VIEWER))
                    .hasMessageContaining("already exists");
            assertThatThrownBy(() -> accounts.create("bob", "short", Role.VIEWER)).hasMessageContaining("password");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void failedLoginsPastTheFreeOnesWaitLongerEachTime(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind).migrated()) {
            AccountService accounts = services(db).accounts();
            accounts.create("anna", "correct horse battery", Role.VIEWER);
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> accounts.authenticate("anna", "guess", "10.0.0.9"))
                        .isNotInstanceOf(LoginLockedException.class);
            }

            assertThatThrownBy(() -> accounts.authenticate("anna", "correct horse battery", "10.0.0.9"))
                    .isInstanceOfSatisfying(LoginLockedException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
            clock.advance(Duration.ofSeconds(1));
            assertThatThrownBy(() -> accounts.authenticate("anna", "guess", "10.0.0.7"))
                    .isNotInstanceOf(LoginLockedException.class);
            assertThatThrownBy(() -> accounts.authenticate("anna", "correct horse battery", "10.0.0.7"))
                    .isInstanceOfSatisfying(LoginLockedException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
            clock.advance(Duration.ofSeconds(2));
            assertThat(accounts.authenticate("anna", "correct horse battery", "10.0.0.7").username()).isEqualTo("anna");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void tokensExpireAndRevokeAndFollowTheirAccount(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind).migrated()) {
            Services services = services(db);
            Account anna = services.accounts().create("anna", "correct horse battery", Role.ADMIN);
            services.accounts().create("root2", "correct horse battery", Role.ADMIN);
            TokenService.Minted week = services.tokens().mint(anna, "week", Role.OPERATOR, Duration.ofDays(7));
            TokenService.Minted other = services.tokens().mint(anna, "other", null, null);

            assertThat(services.tokens().authenticate(week.token())).get().extracting(Caller::role).isEqualTo(Role.OPERATOR);
            clock.advance(Duration.ofDays(7));
            assertThatThrownBy(() -> services.tokens().authenticate(week.token())).isInstanceOf(ManagerException.class)
                    .extracting(e -> ((ManagerException) e).code()).isEqualTo(ErrorCode.AUTH_TOKEN_INACTIVE);
            assertThat(services.tokens().authenticate(other.token())).get().extracting(Caller::role).isEqualTo(Role.ADMIN);

            services.accounts().update("anna", Role.VIEWER, null);
            assertThat(services.tokens().authenticate(other.token())).get().extracting(Caller::role).isEqualTo(Role.VIEWER);
            services.tokens().revoke(other.details().id());
            assertThatThrownBy(() -> services.tokens().authenticate(other.token())).hasMessageContaining("was revoked");
            assertThat(services.tokens().authenticate("smt_made-up")).isEmpty();
            services.accounts().delete("anna");
            assertThat(services.tokens().authenticate(week.token())).isEmpty();
            assertThat(services.tokens().list(null)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aTokensUseIsShownAtOnceButStoredLaterAndAtMostOnceAMinute(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind).migrated()) {
            Services services = services(db);
            Account anna = services.accounts().create("anna", "correct horse battery", Role.ADMIN);
            TokenService.Minted minted = services.tokens().mint(anna, "script", null, null);
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            String stored = "SELECT last_used_at FROM api_tokens WHERE id = ?";
            Instant firstUse = clock.instant();

            services.tokens().authenticate(minted.token());

            assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE last_used_at IS NULL").query(Long.class).single())
                    .isEqualTo(1);
            assertThat(services.tokens().get(minted.details().id()).lastUsedAt()).isEqualTo(firstUse);
            services.lastUse().write();
            assertThat(jdbc.sql(stored).param(minted.details().id()).query(Long.class).single()).isEqualTo(firstUse.toEpochMilli());

            clock.advance(Duration.ofSeconds(30));
            services.tokens().authenticate(minted.token());
            services.lastUse().write();
            assertThat(services.tokens().list(null).getFirst().lastUsedAt()).isEqualTo(firstUse);
            clock.advance(Duration.ofSeconds(31));
            services.tokens().authenticate(minted.token());
            assertThat(services.tokens().list(null).getFirst().lastUsedAt()).isEqualTo(clock.instant());
            services.lastUse().write();
            assertThat(jdbc.sql(stored).param(minted.details().id()).query(Long.class).single())
                    .isEqualTo(clock.instant().toEpochMilli());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theLastAdminStaysAndSingleSignOnCannotTakeOverALocalAccount(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind).migrated()) {
            AccountService accounts = services(db).accounts();
            accounts.create("root", "correct horse battery", Role.ADMIN);

            assertThatThrownBy(() -> accounts.delete("root")).hasMessageContaining("last admin");
            assertThatThrownBy(() -> accounts.update("root", Role.OPERATOR, null)).hasMessageContaining("last admin");
            assertThatThrownBy(() -> accounts.signedInWithOidc("root", Role.ADMIN)).hasMessageContaining("cannot take it over");
            assertThat(accounts.signedInWithOidc("sso-user", Role.OPERATOR).source()).isEqualTo(Account.Source.OIDC);
            assertThat(accounts.signedInWithOidc("sso-user", Role.VIEWER).role()).isEqualTo(Role.VIEWER);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void auditEventsAreFilteredAndPagedNewestFirst(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind).migrated()) {
            AuditLog audit = new AuditLog(services(db).audit(), clock);
            audit.record("anna", Caller.Via.TOKEN, "DELETE /api/v1/devices/{id}", "/api/v1/devices/1", "10.0.0.1",
                    AuditEvent.Result.SUCCEEDED, 204);
            clock.advance(Duration.ofMinutes(1));
            audit.system("discovery.scheduled", "home", AuditEvent.Result.SUCCEEDED);
            clock.advance(Duration.ofMinutes(1));
            audit.record("bob", Caller.Via.SESSION, "PATCH /api/v1/devices/{id}", "/api/v1/devices/2", "10.0.0.2",
                    AuditEvent.Result.REFUSED, 403);

            assertThat(audit.list(new AuditQuery(null, null, null, null, null), 0, 10).items())
                    .extracting(AuditEvent::actor).containsExactly("bob", "system", "anna");
            assertThat(audit.list(new AuditQuery(null, "devices", null, null, null), 0, 10).total()).isEqualTo(2);
            assertThat(audit.list(new AuditQuery("anna", null, null, null, null), 0, 10).items()).hasSize(1);
            assertThat(audit.list(new AuditQuery(null, null, AuditEvent.Result.REFUSED, null, null), 0, 10).items())
                    .extracting(AuditEvent::status).containsExactly(403);
            assertThat(audit.list(new AuditQuery(null, null, null, clock.instant().minusSeconds(90), null), 0, 10).total())
                    .isEqualTo(2);
            assertThat(audit.list(new AuditQuery(null, null, null, null, null), 1, 2).items()).extracting(AuditEvent::actor)
                    .containsExactly("anna");
        }
    }
}

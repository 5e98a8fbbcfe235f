package org.shellymanager.manager.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own API tokens. Minting takes the account's password (HTTP Basic) or a browser session, never
 * another token, so a stolen token cannot extend itself.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Validated
class AuthController {

    private final TokenService tokens;
    private final AccountService accounts;
    private final Clock clock;

    AuthController(TokenService tokens, AccountService accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/me")
    @RequiresRole(Role.VIEWER)
    Me me(Authentication authentication) {
        Caller caller = CallerAuthentication.callerOf(authentication);
        return new Me(caller.username(), caller.role(), caller.via());
    }

    @PostMapping("/tokens")
    @RequiresRole(Role.VIEWER)
    ResponseEntity<Minted> mint(Authentication authentication, @RequestBody @Validated MintRequest request) {
        Caller caller = CallerAuthentication.callerOf(authentication);
        if (caller.via() == Caller.Via.TOKEN) {
            throw new ManagerException(ErrorCode.AUTH_FORBIDDEN,
                    "A token cannot mint tokens; use your password (HTTP Basic) or the web UI.");
        }
        Account account = accounts.get(caller.username());
        TokenService.Minted minted = tokens.mint(account, request.name(), request.role(),
                request.expiresInDays() == null ? null : Duration.ofDays(request.expiresInDays()));
        ApiToken token = minted.details();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Minted(minted.token(), token.id(), token.name(), token.role(), token.expiresAt()));
    }

    @GetMapping("/tokens")
    @RequiresRole(Role.VIEWER)
    List<TokenView> list(Authentication authentication) {
        Instant now = clock.instant();
        return tokens.list(authentication.getName()).stream().map(token -> TokenView.of(token, now)).toList();
    }

    /** Revokes one of the caller's tokens; admins may revoke anyone's. */
    @DeleteMapping("/tokens/{id}")
    @RequiresRole(Role.VIEWER)
    ResponseEntity<Void> revoke(Authentication authentication, @PathVariable String id) {
        Caller caller = CallerAuthentication.callerOf(authentication);
        ApiToken token = tokens.get(id);
        if (!token.username().equals(caller.username()) && !caller.role().includes(Role.ADMIN)) {
            throw new ManagerException(ErrorCode.TOKEN_NOT_FOUND, "No API token " + id + ".");
        }
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    /** Ends every browser session of the caller (API tokens stay valid; revoke them one by one). */
    @PostMapping("/logout-everywhere")
    @RequiresRole(Role.VIEWER)
    ResponseEntity<Void> logoutEverywhere(Authentication authentication) {
        accounts.logoutEverywhere(authentication.getName());
        return ResponseEntity.noContent().build();
    }

    record Me(String username, Role role, Caller.Via via) {
    }

    /**
     * @param role          the token's role, at most the account's (default: the account's role)
     * @param expiresInDays lifetime (default {@code shelly-manager.security.token-lifetime})
     */
    record MintRequest(@NotBlank @Size(max = 100) String name, Role role, @Min(1) @Max(3650) Integer expiresInDays) {
    }

    /** The token itself is in this answer only; store it now. */
    record Minted(String token, String id, String name, Role role, Instant expiresAt) {
    }
}

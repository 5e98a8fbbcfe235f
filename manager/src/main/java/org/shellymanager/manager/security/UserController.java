package org.shellymanager.manager.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, managed by admins. Passwords are write-only. */
@RestController
@RequestMapping("/api/v1/users")
@RequiresRole(Role.ADMIN)
class UserController {

    private final AccountService accounts;
    private final TokenService tokens;
    private final Clock clock;

    UserController(AccountService accounts, TokenService tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    List<UserView> list() {
        return accounts.list().stream().map(UserView::of).toList();
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(UserView.of(accounts.create(user.username(), user.password(), user.role())));
    }

    @GetMapping("/{username}")
    UserView get(@PathVariable String username) {
        return UserView.of(accounts.get(username));
    }

    /** Changes the role and/or the password; lowering the role lowers the user's tokens with it. */
    @PatchMapping("/{username}")
    UserView update(@PathVariable String username, @RequestBody UserChange change) {
        return UserView.of(accounts.update(username, change.role(), change.password()));
    }

    @DeleteMapping("/{username}")
    ResponseEntity<Void> delete(@PathVariable String username) {
        accounts.delete(username);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{username}/tokens")
    List<TokenView> tokens(@PathVariable String username) {
        Instant now = clock.instant();
        return tokens.list(username).stream().map(token -> TokenView.of(token, now)).toList();
    }

    @PostMapping("/{username}/logout-everywhere")
    ResponseEntity<Void> logoutEverywhere(@PathVariable String username) {
        accounts.logoutEverywhere(username);
        return ResponseEntity.noContent().build();
    }

    record UserView(String username, Role role, Account.Source source, Instant createdAt) {

        static UserView of(Account account) {
            return new UserView(account.username(), account.role(), account.source(), account.createdAt());
        }
    }

    record NewUser(@NotBlank String username, @NotBlank String password, @NotNull Role role) {

        @Override
        public String toString() {
            return "NewUser[" + username + ", " + role + "]";
        }
    }

    record UserChange(Role role, String password) {

        @Override
        public String toString() {
            return "UserChange[" + role + "]";
        }
    }
}

package org.shellymanager.manager.security;

import org.shellymanager.manager.platform.ManagerException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Checks the login form's name and password through {@link AccountService}, with the same throttling as the API. */
@Component
class SessionLoginProvider implements AuthenticationProvider {

    private final AccountService accounts;

    SessionLoginProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        try {
            Account account = accounts.authenticate(authentication.getName(),
                    String.valueOf(authentication.getCredentials()), address);
            return new CallerAuthentication(new Caller(account.username(), account.role(), Caller.Via.SESSION, null));
        } catch (LoginLockedException e) {
            throw new LockedException(e.getMessage());
        } catch (ManagerException e) {
            throw new BadCredentialsException(e.getMessage());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

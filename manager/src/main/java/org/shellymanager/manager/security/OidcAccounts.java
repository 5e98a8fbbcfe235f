package org.shellymanager.manager.security;

import java.util.List;

import org.shellymanager.manager.platform.ManagerException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a user the provider vouched for into a manager account: the username from the configured claim, the role
 * from the role claim's mapping, the account created or updated through {@link AccountService#signedInWithOidc}.
 * A user whose claims map to no role (and no default role is set), whose name is not a valid username, or whose
 * name belongs to a local account is refused with {@link OidcLoginRefused}.
 */
final class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final AccountService accounts;
    private final SecurityProperties.Oidc oidc;

    OidcAccounts(AccountService accounts, SecurityProperties.Oidc oidc) {
        this.accounts = accounts;
        this.oidc = oidc;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Object name = user.getAttributes().get(oidc.usernameClaim());
        if (!(name instanceof String username) || !Account.USERNAME.matcher(username).matches()) {
            throw new OidcLoginRefused(user.getSubject(), oidc.providerName() + " sent no usable user name in the claim '"
                    + oidc.usernameClaim() + "' (1 to 100 letters, digits, '.', '_', '@' or '-'). An admin can choose"
                    + " another claim with shelly-manager.security.oidc.username-claim.");
        }
        Object claim = user.getAttributes().get(oidc.roleClaim());
        Role role = oidc.roleFor(claim).orElseThrow(() -> new OidcLoginRefused(username, "You signed in at "
                + oidc.providerName() + " as '" + username + "', but none of your values of the claim '" + oidc.roleClaim()
                + "' (" + (claim == null ? "none sent" : claim) + ") grants a role here. Ask an admin to map one of them"
                + " in shelly-manager.security.oidc.roles, or to set a default role."));
        Account account;
        try {
            account = accounts.signedInWithOidc(username, role);
        } catch (ManagerException e) {
            throw new OidcLoginRefused(username, e.getMessage());
        }
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(CallerAuthentication.authority(account.role()))),
                user.getIdToken(), user.getUserInfo(), oidc.usernameClaim());
    }
}

package org.shellymanager.manager.web;

import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in person's own API tokens: list, mint (the token is shown once) and revoke. The page's script
 * works through the token API ({@code /api/v1/auth/tokens}) with the browser session, which is how people who sign
 * in through single sign-on, and so have no password for HTTP Basic, get a token.
 */
@Controller
@RequiresRole(Role.VIEWER)
class TokensPage {

    @GetMapping("/settings/tokens")
    String tokens() {
        return "settings-tokens";
    }
}

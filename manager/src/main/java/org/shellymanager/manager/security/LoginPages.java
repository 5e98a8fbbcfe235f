package org.shellymanager.manager.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two pages open to everyone: the login form (its POST and the single-sign-on round trip are handled by
 * Spring Security) and the one-time setup that creates the first admin while no account exists.
 */
@Controller
class LoginPages {

    private final AccountService accounts;
    private final SetupCode setupCode;
    private final OidcLogin oidcLogin;

    LoginPages(AccountService accounts, SetupCode setupCode, OidcLogin oidcLogin) {
        this.accounts = accounts;
        this.setupCode = setupCode;
        this.oidcLogin = oidcLogin;
    }

    /** The login form, with the single-sign-on button when a provider is set (then also before any local account). */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        String provider = oidcLogin.providerName();
        if (!accounts.anyAccount() && provider == null) {
            return "redirect:/setup";
        }
        model.addAttribute("oidcProvider", provider);
        HttpSession session = request.getSession(false);
        if (session != null && request.getParameter("sso-refused") != null) {
            model.addAttribute("ssoRefusal", session.getAttribute(OidcLoginOutcome.REFUSAL));
            session.removeAttribute(OidcLoginOutcome.REFUSAL);
        }
        return "login";
    }

    @GetMapping("/setup")
    String setup() {
        return accounts.anyAccount() ? "redirect:/login" : "setup";
    }

    @PostMapping("/setup")
    synchronized String createFirstAdmin(@RequestParam String code, @RequestParam String username,
                                         @RequestParam String password, @RequestParam String confirm, Model model) {
        if (accounts.anyAccount()) {
            return "redirect:/login";
        }
        if (!setupCode.matches(code)) {
            model.addAttribute("error", "The setup code is wrong; it is printed on the server's console.");
        } else if (!password.equals(confirm)) {
            model.addAttribute("error", "The two passwords differ.");
        } else {
            try {
                accounts.create(username.strip(), password, Role.ADMIN);
                return "redirect:/login?created";
            } catch (ManagerException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        model.addAttribute("username", username);
        return "setup";
    }
}

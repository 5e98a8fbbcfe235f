package org.shellymanager.manager.security;

import org.shellymanager.manager.platform.ManagerException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two pages open to everyone: the login form (its POST is handled by Spring Security) and the one-time
 * setup that creates the first admin while no account exists.
 */
@Controller
class LoginPages {

    private final AccountService accounts;
    private final SetupCode setupCode;

    LoginPages(AccountService accounts, SetupCode setupCode) {
        this.accounts = accounts;
        this.setupCode = setupCode;
    }

    @GetMapping("/login")
    String login() {
        return accounts.anyAccount() ? "login" : "redirect:/setup";
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

package org.shellymanager.manager.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.shellymanager.manager.platform.ManagerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first admin, while no account exists, before the server takes requests: from {@code shelly-manager.admin-user}
 * (default {@code admin}) and {@code shelly-manager.admin-password} (env {@code SHELLY_MANAGER_ADMIN_PASSWORD}) when
 * a password is set; in demo mode a {@code demo} admin with a random password printed on the console; otherwise
 * the console shows the one-time code for the setup page.
 */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountService accounts;
    private final Environment environment;
    private final ManagerProperties manager;
    private final SetupCode setupCode;

    BootstrapAdmin(AccountService accounts, Environment environment, ManagerProperties manager, SetupCode setupCode) {
        this.accounts = accounts;
        this.environment = environment;
        this.manager = manager;
        this.setupCode = setupCode;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.anyAccount()) {
            return;
        }
        String password = environment.getProperty("shelly-manager.admin-password");
        if (password != null && !password.isBlank()) {
            String user = environment.getProperty("shelly-manager.admin-user", "admin");
            accounts.create(user, password, Role.ADMIN);
            log.info("created the admin account '{}' from shelly-manager.admin-user/admin-password", user);
        } else if (manager.demo()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            String demoPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            accounts.create("demo", demoPassword, Role.ADMIN);
            System.out.println("Demo mode: log in as 'demo' with password " + demoPassword);
        } else {
            System.out.println("No account yet: open /setup in a browser and enter the setup code " + setupCode.code()
                    + " to create the first admin.");
            log.info("no account yet; the setup code for /setup is on the console");
        }
    }
}

package org.campcoplanner.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A new installation without the demo has no accounts: its first admin comes from
 * CAMP_ADMIN_USERNAME and CAMP_ADMIN_PASSWORD, or from the {@code add-admin} command. It runs after
 * the demo seeder, so the embedded demo's logins count as accounts.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdmin(AccountService accounts, @Value("${camp.admin.username:admin}") String username,
               @Value("${camp.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAccounts()) {
            return;
        }
        if (password.isEmpty()) {
            log.warn("There are no accounts yet. Set CAMP_ADMIN_PASSWORD (and CAMP_ADMIN_USERNAME) and restart, "
                    + "or run: java -jar camp-coplanner.jar add-admin <username>");
            return;
        }
        accounts.createAdminAsOperator(username, password);
        log.info("Created the first admin account from CAMP_ADMIN_USERNAME / CAMP_ADMIN_PASSWORD");
    }
}

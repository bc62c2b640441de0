package org.campcoplanner.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** The names accounts show to others, for pages that record who did something by username. */
@Component
public class AccountNames {

    private final UserAccountRepository accounts;

    AccountNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Each username's name; a username that is no account (any more) stands for itself. */
    @Transactional(readOnly = true)
    public Map<String, String> of(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.stream().filter(Objects::nonNull).forEach(username -> names.put(username, username));
        if (!names.isEmpty()) {
            accounts.findByUsernameIn(names.keySet())
                    .forEach(account -> names.put(account.getUsername(), account.getDisplayName()));
        }
        return names;
    }
}

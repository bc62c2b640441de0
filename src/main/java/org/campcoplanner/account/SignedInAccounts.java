package org.campcoplanner.account;

import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.SignedInSessions;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Keeps signed-in sessions in step with their accounts: an admin's change of role, camps or
 * person applies on the user's next request, and a removed account, or one whose sessions were ended
 * (a password reset), is signed out.
 */
@Component
public class SignedInAccounts implements SignedInSessions {

    private final UserAccountRepository accounts;
    private final AccountDetailsService details;

    SignedInAccounts(UserAccountRepository accounts, AccountDetailsService details) {
        this.accounts = accounts;
        this.details = details;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Authentication> current(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof CampUser user)) {
            return Optional.of(authentication);
        }
        Optional<Long> version = accounts.versionOf(user.accountId());
        if (version.isEmpty()) {
            return Optional.empty();
        }
        if (version.get() == user.accountVersion()) {
            return Optional.of(authentication);
        }
        return accounts.findById(user.accountId())
                .filter(account -> account.getSessionGeneration() == user.sessionGeneration())
                .map(details::toUser)
                .map(fresh -> UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    }
}

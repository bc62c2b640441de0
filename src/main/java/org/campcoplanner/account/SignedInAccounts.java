package org.campcoplanner.account;

import org.campcoplanner.security.CampUser;
import org.campcoplanner.security.SignedInSessions;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Keeps signed-in sessions in step with their accounts: an admin's change of role, camps or
 * person applies on the user's next request, and a locked or removed account is signed out.
 */
@Component
public class SignedInAccounts implements SignedInSessions {

    private final UserAccountRepository accounts;
    private final AccountDetailsService details;
    private final Clock clock;

    SignedInAccounts(UserAccountRepository accounts, AccountDetailsService details, Clock clock) {
        this.accounts = accounts;
        this.details = details;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Authentication> current(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof CampUser user)) {
            return Optional.of(authentication);
        }
        Optional<AccountState> state = accounts.stateOf(user.accountId());
        if (state.isEmpty() || (state.get().lockedUntil() != null && state.get().lockedUntil().isAfter(clock.instant()))) {
            return Optional.empty();
        }
        if (state.get().version() == user.accountVersion()) {
            return Optional.of(authentication);
        }
        return accounts.findById(user.accountId()).map(details::toUser)
                .map(fresh -> UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    }
}

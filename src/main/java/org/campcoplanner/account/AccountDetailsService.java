package org.campcoplanner.account;

import org.campcoplanner.security.CampUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Loads accounts for Spring Security's login, HTTP Basic and session checks. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username).map(this::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    CampUser toUser(UserAccount account) {
        return new CampUser(account.getId(), account.getVersion(), account.getUsername(), account.getPasswordHash(),
                List.of(new SimpleGrantedAuthority(account.getRole().authority())),
                account.getDisplayName(), account.getPersonId(), account.getSessionGeneration());
    }
}

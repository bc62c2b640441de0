package org.campcoplanner.security;

import org.springframework.security.core.Authentication;

import java.util.Optional;

/**
 * What a signed-in session should hold now that its account may have changed since sign-in. The
 * accounts feature answers it; security only asks, so it never depends on how accounts are stored.
 */
public interface SignedInSessions {

    /**
     * The same authentication while the account is unchanged, a reloaded one after an admin changed
     * it, empty when the account is gone.
     */
    Optional<Authentication> current(Authentication authentication);
}

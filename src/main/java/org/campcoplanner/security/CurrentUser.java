package org.campcoplanner.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** Who is acting in the current thread, as Spring Security knows it. */
public final class CurrentUser {

    /** The actor recorded for work nobody signed in for: start-up loaders and command-line tools. */
    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    /** The login name of whoever acts now, or {@link #SYSTEM}. */
    public static String name() {
        Authentication authentication = authentication();
        return authentication == null ? SYSTEM : authentication.getName();
    }

    public static Optional<CampUser> get() {
        Authentication authentication = authentication();
        if (authentication != null && authentication.getPrincipal() instanceof CampUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static boolean hasRole(String role) {
        Authentication authentication = authentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals);
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication;
    }
}

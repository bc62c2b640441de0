package org.campcoplanner.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs start-up work that nobody signed in for (demo data, the first admin) with admin rights,
 * recorded in the audit trail as {@link CurrentUser#SYSTEM}.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated(CurrentUser.SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))), work);
    }

    /** Start-up work done on behalf of an account, e.g. the demo leader signing the demo roster. */
    public static void runAs(UserDetails account, Runnable work) {
        as(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()), () -> {
            work.run();
            return null;
        });
    }

    private static <T> T as(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}

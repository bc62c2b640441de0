package org.campcoplanner.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.campcoplanner.security.SignedInSessions;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * On each request of a signed-in session, applies what an admin changed about the account since
 * sign-in; signs out a removed account. (HTTP Basic signs in anew on every call.)
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    private final SignedInSessions accounts;

    CurrentAccountFilter(SignedInSessions accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication signedIn = context.getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated()) {
            Optional<Authentication> now;
            try {
                now = accounts.current(signedIn);
            } catch (CannotCreateTransactionException | DataAccessResourceFailureException e) {
                // the database cannot be reached: say so within seconds, not as an error page
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(SecurityConfiguration.UNAVAILABLE);
                return;
            }
            if (now.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (now.get() != signedIn) {
                SecurityContext refreshed = SecurityContextHolder.createEmptyContext();
                refreshed.setAuthentication(now.get());
                SecurityContextHolder.setContext(refreshed);
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, refreshed);
                }
            }
        }
        chain.doFilter(request, response);
    }
}

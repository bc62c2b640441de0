package org.campcoplanner.account;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;

/**
 * Slows down password guessing: after a number of wrong passwords in a row an account is locked
 * for a while, for the login page and HTTP Basic alike. Failed logins go to the audit trail; a
 * name that is no account is recorded as such, since it may be a mistyped password.
 */
@Component
class LoginThrottle {

    static final String UNKNOWN_ACCOUNT = "(no such account)";

    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(UserAccountRepository accounts, AuditTrail audit, Clock clock,
                  @Value("${camp.login.max-failures:5}") int maxFailures,
                  @Value("${camp.login.lockout:15m}") Duration lockout) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (accounts.countFailedLogin(username) == 0) {
            audit.recordAccountEvent(UNKNOWN_ACCOUNT, AuditAction.LOGIN_FAILED, "Wrong username or password", null, null);
            return;
        }
        int inARow = accounts.failedLogins(username).orElse(0);
        audit.recordAccountEvent(username, AuditAction.LOGIN_FAILED, "Wrong password (" + inARow + " in a row)", null, null);
        if (inARow >= maxFailures) {
            accounts.lockUntil(username, clock.instant().plus(lockout));
            audit.recordAccountEvent(username, AuditAction.ACCOUNT_LOCKED,
                    "Locked for " + lockout.toMinutes() + " minutes after " + maxFailures + " wrong passwords", null, null);
        }
    }

    @EventListener
    @Transactional
    public void refusedWhileLocked(AuthenticationFailureLockedEvent event) {
        audit.recordAccountEvent(event.getAuthentication().getName(), AuditAction.LOGIN_FAILED,
                "Login refused: account locked", null, null);
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.clearFailedLogins(event.getAuthentication().getName());
    }
}

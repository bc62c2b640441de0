package org.campcoplanner.account;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret in each person's calendar feed URL. Anyone with the URL reads that person's shifts
 * and nothing else; a new secret replaces the old one, whose URL then answers 404.
 */
@Service
public class CalendarTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final AuditTrail audit;

    CalendarTokens(UserAccountRepository accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * The signed-in account's secret, made on first use; empty for an account that is no person of a
     * camp, which has no shifts and so no feed: it never gets a secret.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Optional<String> mine() {
        return signedInPerson().map(account -> {
            if (account.getCalendarToken() == null) {
                account.setCalendarToken(newToken());
            }
            return account.getCalendarToken();
        });
    }

    /** A new secret for the signed-in person, killing the old one; empty for an account that is no person. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Optional<String> regenerate() {
        return signedInPerson().map(account -> {
            account.setCalendarToken(newToken());
            audit.recordAccountEvent(account.getUsername(), AuditAction.CALENDAR_URL_CHANGED,
                    "Calendar feed URL replaced", null, null);
            return account.getCalendarToken();
        });
    }

    /** The person whose feed a secret opens; empty for an unknown or replaced secret. */
    @Transactional(readOnly = true)
    public Optional<Long> personOf(String token) {
        if (token == null || token.length() < 20) {
            return Optional.empty();
        }
        return accounts.findByCalendarToken(token).map(UserAccount::getPersonId);
    }

    private Optional<UserAccount> signedInPerson() {
        UserAccount account = accounts.findByUsername(CurrentUser.name())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
        return account.getPersonId() == null ? Optional.empty() : Optional.of(account);
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}

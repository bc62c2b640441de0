package org.campcoplanner.account;

import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.InvalidFormException.FieldProblem;
import org.campcoplanner.base.Language;
import org.campcoplanner.planning.Text;
import org.campcoplanner.security.PasswordHelp;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "Forgot your password?": a one-time link by email, valid for an hour, that sets a new password and
 * ends every session of the account. The answer to a request is the same whether or not an account
 * has the address, so the page tells nobody who has an account. Only the secret's hash is stored, and
 * the secret itself is never logged.
 */
@Service
public class PasswordResets implements PasswordHelp {

    static final Duration VALID_FOR = Duration.ofHours(1);
    /** More links than this an hour for one account are not sent: nobody needs them, a pest would. */
    static final int MAX_PER_HOUR = 3;

    private final UserAccountRepository accounts;
    private final PasswordResetLinkRepository links;
    private final AccountMail mail;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final EmailedLinks emailedLinks;

    PasswordResets(UserAccountRepository accounts, PasswordResetLinkRepository links, AccountMail mail,
                   PasswordEncoder passwords, AuditTrail audit, Clock clock, EmailedLinks emailedLinks) {
        this.accounts = accounts;
        this.links = links;
        this.mail = mail;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.emailedLinks = emailedLinks;
    }

    /** Whether links can reach anyone: the app sends email and knows its own address for the link. */
    @Override
    public boolean offered() {
        return emailedLinks.canReachAnyone();
    }

    /** Emails a link to each account with this address; nothing tells the caller whether there was one. */
    @Transactional
    public void request(String email) {
        if (!offered() || email == null || email.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        for (UserAccount account : accounts.findByEmailIgnoringCase(email.strip())) {
            if (links.countSince(account.getId(), now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
                continue;
            }
            String secret = OneTimeSecrets.newSecret();
            links.save(new PasswordResetLink(account.getId(), OneTimeSecrets.hash(secret), now, now.plus(VALID_FOR)));
            Language language = Language.ofTag(account.getPreferredLanguage()).orElse(Language.ENGLISH);
            mail.send(account.getEmail(), language, Text.of("account.reset.mail.subject"),
                    Text.of("account.reset.mail.body", account.getDisplayName(), emailedLinks.to("reset-password", secret),
                            VALID_FOR.toMinutes()));
            audit.recordAccountEvent(account.getUsername(), AuditAction.PASSWORD_RESET_SENT,
                    "Password reset link sent by email", null, null);
        }
    }

    /** Whether the link still opens: not used, not expired. */
    @Transactional(readOnly = true)
    public boolean opens(String secret) {
        return secret != null && links.findBySecretHash(OneTimeSecrets.hash(secret)).filter(link -> link.opensAt(clock.instant())).isPresent();
    }

    /**
     * Sets the new password, uses up the link and ends the account's sessions everywhere.
     *
     * @throws InvalidFormException naming {@code link} when it no longer opens, or {@code newPassword}
     */
    @Transactional
    public void reset(String secret, String newPassword) {
        Instant now = clock.instant();
        PasswordResetLink link = secret == null ? null : links.findForUseBySecretHash(OneTimeSecrets.hash(secret)).orElse(null);
        if (link == null || !link.opensAt(now)) {
            throw new InvalidFormException(List.of(FieldProblem.of("link", "account.reset.link-closed")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        AccountService.checkPassword("newPassword", newPassword, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        UserAccount account = accounts.findById(link.getAccountId()).orElseThrow();
        account.setPasswordHash(passwords.encode(newPassword));
        account.endSessions();
        link.use(now);
        audit.recordAccountEvent(account.getUsername(), AuditAction.PASSWORD_CHANGED,
                "Password reset by email link; every session signed out", null, null);
    }
}

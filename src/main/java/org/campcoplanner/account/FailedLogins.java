package org.campcoplanner.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import jakarta.annotation.PreDestroy;
import org.campcoplanner.audit.AuditAction;
import org.campcoplanner.audit.AuditTrail;
import org.campcoplanner.inbox.Inbox;
import org.campcoplanner.planning.Text;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What failed sign-ins leave behind. The audit trail gets one row per account (or "no such
 * account"), client address and minute, with the count, so a flood of guesses cannot grow the table
 * without limit; the tally is written when its minute is over, or at shutdown. The owner of an
 * account that becomes slowed is told in their inbox (and by email where mail is set up), at most
 * once in {@link #TELL_OWNER_AT_MOST_EVERY}. Nothing of this goes to the log: usernames and
 * addresses of failed sign-ins are personal data.
 */
@Component
class FailedLogins {

    static final String UNKNOWN_ACCOUNT = "(no such account)";
    static final Duration TELL_OWNER_AT_MOST_EVERY = Duration.ofHours(12);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final Inbox inbox;
    private final Clock clock;
    private final Cache<Tally, AtomicInteger> tallies;
    private final Cache<String, Boolean> toldOwner;

    /** Failed sign-ins of one account (or of unknown names) from one address in one minute. */
    record Tally(String actor, String address, long minute, boolean refused) {
    }

    FailedLogins(UserAccountRepository accounts, AuditTrail audit, Inbox inbox, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.inbox = inbox;
        this.clock = clock;
        this.tallies = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(1))
                // an unusual number of tallies at once is written out early rather than held
                .maximumSize(10_000)
                .ticker(() -> clock.millis() * 1_000_000L)
                .scheduler(Scheduler.systemScheduler())
                .executor(Runnable::run)
                .removalListener((Tally tally, AtomicInteger count, RemovalCause cause) -> write(tally, count))
                .build();
        this.toldOwner = Caffeine.newBuilder().expireAfterWrite(TELL_OWNER_AT_MOST_EVERY).maximumSize(10_000)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** A wrong password (or a name that is no account); {@code nowSlowed} when it used the account's last try. */
    @Transactional
    public void wrongPassword(String username, String address, boolean nowSlowed, LoginThrottle.Limit limit) {
        Optional<UserAccount> account = accounts.findByUsername(username);
        count(account.map(UserAccount::getUsername).orElse(UNKNOWN_ACCOUNT), address, false);
        if (nowSlowed && account.isPresent()) {
            slowed(account.get(), limit);
        }
    }

    /** An attempt refused without a password check, because the account or the address was slowed. */
    @Transactional(readOnly = true)
    public void refused(String username, String address) {
        count(accounts.existsByUsername(username) ? username : UNKNOWN_ACCOUNT, address, true);
    }

    /** Writes every tally now, finished minute or not. */
    @PreDestroy
    void writeAll() {
        tallies.invalidateAll();
        tallies.cleanUp();
    }

    private void count(String actor, String address, boolean refused) {
        long minute = clock.millis() / 60_000;
        tallies.get(new Tally(actor, LoginThrottle.addressKey(address), minute, refused), key -> new AtomicInteger())
                .incrementAndGet();
    }

    private void write(Tally tally, AtomicInteger count) {
        if (tally == null || count == null || count.get() == 0) {
            return;
        }
        Instant from = Instant.ofEpochSecond(tally.minute() * 60);
        String what = tally.refused() ? "Sign-ins refused while slowed down"
                : UNKNOWN_ACCOUNT.equals(tally.actor()) ? "Sign-ins with a name that is no account" : "Wrong passwords";
        audit.recordAccountEvent(tally.actor(), AuditAction.LOGIN_FAILED, what + " from " + tally.address()
                + " in the minute from " + MINUTE.format(from) + " UTC: " + count.get(), null, null);
    }

    private void slowed(UserAccount account, LoginThrottle.Limit limit) {
        audit.recordAccountEvent(account.getUsername(), AuditAction.LOGINS_SLOWED, "Sign-ins slowed to one every "
                + words(limit.refill()) + " after " + limit.attempts() + " wrong passwords", null, null);
        if (toldOwner.asMap().putIfAbsent(account.getUsername(), true) != null) {
            return;
        }
        inbox.postToAccount(account.getId(), Text.of("notice.slowed.subject"), Text.of("notice.slowed.body",
                limit.attempts(), account.getUsername(), wait(limit.refill())), "account");
    }

    /** How long to wait, as the notice says it in the reader's language. */
    private static Text wait(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes == 0 ? Text.of("notice.seconds", duration.toSeconds()) : Text.of("notice.minutes", minutes);
    }

    private static String words(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes == 0) {
            return duration.toSeconds() + " seconds";
        }
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}

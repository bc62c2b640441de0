package org.campcoplanner.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing without locking anyone out, on the login page and over HTTP Basic alike,
 * with two token buckets: the client address's, shared by all names tried from there so that a flood
 * of made-up names is cut off too, and the account's. Every attempt takes an address token before
 * the password is checked, so many guesses sent at once are bounded as well; a right password gives
 * it back. The account's bucket is only looked at first and pays for a wrong password afterwards,
 * so that a city system signing in on many connections at once is never refused; a right password
 * fills it again (its owner proved they know it). An empty bucket refuses the attempt and
 * says when the next token comes: the owner of a guessed account waits at most that long, never
 * the old 15 minutes. A name that is no account is slowed just the same, so the answer never tells
 * whether an account exists. Buckets (Bucket4j) live in memory, bounded in number (Caffeine drops
 * the least used ones), and start full after a restart.
 */
@Component
public class LoginThrottle {

    /** Where no client address is known (a sign-in that came through no web request). */
    static final String NO_ADDRESS = "unknown";
    private static final int MOST_BUCKETS = 100_000;

    private final TimeMeter time;
    private final Limit perAccount;
    private final Limit perAddress;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    /** So many failed attempts at once, then one more each {@code refill}. */
    record Limit(int attempts, Duration refill) {
        Duration untilFull() {
            return refill.multipliedBy(attempts);
        }
    }

    /** The answer to an attempt: go ahead and check the password, or refused until {@code retryAfter}. */
    sealed interface Attempt {
    }

    /** Check the password. */
    record Allowed() implements Attempt {
    }

    /** @param account whether the account is slowed (not only the address), so a password check is faked */
    record Refused(Duration retryAfter, boolean account) implements Attempt {
    }

    /** A bucket that is empty now: what an admin sees on the Accounts page. */
    record Slowed(String key, Duration retryAfter) {
    }

    LoginThrottle(Clock clock,
                  @Value("${camp.login.account.attempts:5}") int accountAttempts,
                  @Value("${camp.login.account.refill:1m}") Duration accountRefill,
                  @Value("${camp.login.address.attempts:20}") int addressAttempts,
                  @Value("${camp.login.address.refill:1m}") Duration addressRefill) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.perAccount = new Limit(accountAttempts, accountRefill);
        this.perAddress = new Limit(addressAttempts, addressRefill);
        this.accounts = buckets(perAccount);
        this.addresses = buckets(perAddress);
    }

    private Cache<String, Bucket> buckets(Limit limit) {
        // a bucket untouched until it would be full again is the same as a new one
        return Caffeine.newBuilder().maximumSize(MOST_BUCKETS).expireAfterAccess(limit.untilFull())
                .ticker(time::currentTimeNanos).build();
    }

    Attempt attempt(String username, String address) {
        Bucket fromAddress = addresses.get(addressKey(address), key -> bucket(perAddress));
        ConsumptionProbe addressProbe = fromAddress.tryConsumeAndReturnRemaining(1);
        if (!addressProbe.isConsumed()) {
            return new Refused(Duration.ofNanos(addressProbe.getNanosToWaitForRefill()), false);
        }
        Bucket ofAccount = accounts.get(accountKey(username), key -> bucket(perAccount));
        EstimationProbe accountProbe = ofAccount.estimateAbilityToConsume(1);
        if (!accountProbe.canBeConsumed()) {
            // the address keeps paying: hammering a slowed account soon slows the address as well
            return new Refused(Duration.ofNanos(accountProbe.getNanosToWaitForRefill()), true);
        }
        return new Allowed();
    }

    /** A wrong password: the account pays; true when that was its last try, so that it is slowed now. */
    boolean wrongPassword(String username) {
        ConsumptionProbe probe = accounts.get(accountKey(username), key -> bucket(perAccount))
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() && probe.getRemainingTokens() == 0;
    }

    /** A right password: earlier typos of the account no longer count, and this attempt did not count either. */
    void signedIn(String username, String address) {
        Optional.ofNullable(addresses.getIfPresent(addressKey(address))).ifPresent(bucket -> bucket.addTokens(1));
        accounts.invalidate(accountKey(username));
    }

    /** The right password, recognised without a new check: earlier typos of the account no longer count. */
    void forgetTypos(String username) {
        accounts.invalidate(accountKey(username));
    }

    /** An attempt that failed for another reason than the password (the database is down): it does not count. */
    void giveBack(String address) {
        Optional.ofNullable(addresses.getIfPresent(addressKey(address))).ifPresent(bucket -> bucket.addTokens(1));
    }

    /** How long the account is slowed for, if it is. */
    Optional<Duration> accountSlowedFor(String username) {
        return Optional.ofNullable(accounts.getIfPresent(accountKey(username))).flatMap(this::emptyFor);
    }

    /** Slowed names, including names that are no account; the longest wait first. */
    List<Slowed> slowedAccounts() {
        return slowed(accounts);
    }

    /** Slowed client addresses (IPv6 by their /64 network); the longest wait first. */
    List<Slowed> slowedAddresses() {
        return slowed(addresses);
    }

    void clearAccount(String username) {
        accounts.invalidate(accountKey(username));
    }

    void clearAddress(String address) {
        addresses.invalidate(addressKey(address));
    }

    Limit perAccount() {
        return perAccount;
    }

    private List<Slowed> slowed(Cache<String, Bucket> buckets) {
        return buckets.asMap().entrySet().stream()
                .flatMap(entry -> emptyFor(entry.getValue()).map(wait -> new Slowed(entry.getKey(), wait)).stream())
                .sorted(Comparator.comparing(Slowed::retryAfter).reversed().thenComparing(Slowed::key))
                .toList();
    }

    private Optional<Duration> emptyFor(Bucket bucket) {
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    private Bucket bucket(Limit limit) {
        return Bucket.builder().addLimit(bandwidth -> bandwidth.capacity(limit.attempts())
                        .refillGreedy(1, limit.refill()))
                .withCustomTimePrecision(time).build();
    }

    /** Names differing only in case or surrounding spaces share a bucket, so they cannot dodge it. */
    static String accountKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its /64 network, since one client usually holds
     * a whole /64 and could otherwise take a fresh address for every guess.
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return NO_ADDRESS;
        }
        if (!address.contains(":")) {
            return address;
        }
        try {
            // a literal address: no name lookup happens
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}

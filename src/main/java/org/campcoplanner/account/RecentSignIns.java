package org.campcoplanner.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.campcoplanner.security.CampUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API clients send their password with every call (HTTP Basic), and checking it with bcrypt costs
 * about 100 ms of CPU each time on purpose. A username and password verified in the last few
 * minutes are therefore remembered, as an HMAC under a key that lives only in this process (never
 * the password), and accepted again after one cheap look at the account's version: any change of
 * the account (a new password, role or camps) makes the next call check the password in full.
 * Only someone who sends the exact right password can hit an entry, so this helps no guesser.
 * See docs/design-decisions/0013-api-clients-keep-http-basic.md.
 */
@Component
class RecentSignIns {

    private final UserAccountRepository accounts;
    private final Cache<String, CampUser> verified;
    private final SecretKeySpec key;

    RecentSignIns(UserAccountRepository accounts, Clock clock,
                  @Value("${camp.login.remember-verified:5m}") Duration remember) {
        this.accounts = accounts;
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(remember)
                .ticker(() -> clock.millis() * 1_000_000L).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The signed-in user again, if these exact credentials were verified lately and the account is unchanged. */
    @Transactional(readOnly = true)
    public Optional<Authentication> find(String username, Object password) {
        String entry = entry(username, password);
        CampUser user = verified.getIfPresent(entry);
        if (user == null) {
            return Optional.empty();
        }
        if (!accounts.versionOf(user.accountId()).map(version -> version == user.accountVersion()).orElse(false)) {
            verified.invalidate(entry);
            return Optional.empty();
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    void remember(String username, Object password, Authentication signedIn) {
        if (signedIn.getPrincipal() instanceof CampUser user) {
            verified.put(entry(username, password), user);
        }
    }

    private String entry(String username, Object password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(String.valueOf(username).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

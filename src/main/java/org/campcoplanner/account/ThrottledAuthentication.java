package org.campcoplanner.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.campcoplanner.security.LoginThrottledException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * How every sign-in is checked, on the login page and over HTTP Basic: credentials verified a
 * moment ago are taken as they are ({@link RecentSignIns}); otherwise the {@link LoginThrottle}
 * first, then the password. A refusal because the account is slowed still spends one password
 * hash, so it takes as long as a wrong password and does not give away that the name is being
 * guessed (or exists); a refusal because the address is slowed is answered at once, so a flood
 * from one address costs the server little.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final FailedLogins failed;
    private final RecentSignIns recent;
    private final String noOnesPassword;
    private final Counter wrongPasswords;
    private final Counter refusedWhileSlowed;

    ThrottledAuthentication(AccountDetailsService details, PasswordEncoder passwords, LoginThrottle throttle,
                            FailedLogins failed, RecentSignIns recent, MeterRegistry metrics) {
        this.recent = recent;
        this.passwordCheck = new DaoAuthenticationProvider(details);
        this.passwordCheck.setPasswordEncoder(passwords);
        this.passwords = passwords;
        this.throttle = throttle;
        this.failed = failed;
        this.noOnesPassword = passwords.encode(UUID.randomUUID().toString());
        this.wrongPasswords = failedSignIns(metrics, "wrong-password");
        this.refusedWhileSlowed = failedSignIns(metrics, "slowed");
    }

    private static Counter failedSignIns(MeterRegistry metrics, String reason) {
        return Counter.builder("camp.signins.failed").description("Sign-ins refused, on the login page and over the API")
                .tag("reason", reason).register(metrics);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        Optional<Authentication> known;
        try {
            known = recent.find(username, attempt.getCredentials());
        } catch (RuntimeException e) {
            // the database cannot be reached: answered as "unavailable", not as an error or "sign in"
            throw new InternalAuthenticationServiceException("The account could not be read", e);
        }
        if (known.isPresent()) {
            throttle.forgetTypos(username);
            return known.get();
        }
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        LoginThrottle.Attempt answer = throttle.attempt(username, address);
        if (answer instanceof LoginThrottle.Refused refused) {
            if (refused.account()) {
                passwords.matches(String.valueOf(attempt.getCredentials()), noOnesPassword);
            }
            refusedWhileSlowed.increment();
            unlessUnavailable(() -> failed.refused(username, address));
            throw new LoginThrottledException(refused.retryAfter());
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            throttle.signedIn(username, address);
            recent.remember(username, attempt.getCredentials(), signedIn);
            return signedIn;
        } catch (BadCredentialsException e) {
            wrongPasswords.increment();
            boolean nowSlowed = throttle.wrongPassword(username);
            unlessUnavailable(() -> failed.wrongPassword(username, address, nowSlowed, throttle.perAccount()));
            throw e;
        } catch (RuntimeException e) {
            // e.g. the database cannot be reached: that is no guess
            throttle.giveBack(address);
            throw e;
        }
    }

    /** Records a failure; a database that cannot be reached meanwhile is answered as "unavailable". */
    private static void unlessUnavailable(Runnable record) {
        try {
            record.run();
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("The failed sign-in could not be recorded", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

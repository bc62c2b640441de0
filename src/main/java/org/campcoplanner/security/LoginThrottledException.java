package org.campcoplanner.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * A sign-in refused without looking at the password, because too many attempts failed lately for
 * this account or from this address; the web app and the API tell the user when to try again.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one: what an HTTP {@code Retry-After} header says. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes, at least one, for a sentence such as "try again in 2 minutes". */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }

    /** {@link #retryAfterMinutes()} in English words, for API clients. */
    public String retryAfterInWords() {
        long minutes = retryAfterMinutes();
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}

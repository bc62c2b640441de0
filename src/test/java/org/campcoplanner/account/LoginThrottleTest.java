package org.campcoplanner.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle on its own, with a clock the test moves: how long the owner of a guessed account waits. */
class LoginThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(1), 20, Duration.ofMinutes(1));

    /** An attempt with a wrong password, as the sign-in makes it. */
    private LoginThrottle.Attempt wrong(String username, String address) {
        LoginThrottle.Attempt answer = throttle.attempt(username, address);
        if (answer instanceof LoginThrottle.Allowed) {
            lastTry = throttle.wrongPassword(username);
        }
        return answer;
    }

    private boolean lastTry;

    @Test
    void afterFiveWrongPasswordsTheOwnerSignsInAMinuteLater() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(wrong("gus", "198.51.100." + attempt)).isInstanceOf(LoginThrottle.Allowed.class);
        }

        LoginThrottle.Attempt refused = throttle.attempt("gus", "192.0.2.1");
        assertThat(refused).isInstanceOfSatisfying(LoginThrottle.Refused.class, r -> {
            assertThat(r.account()).isTrue();
            assertThat(r.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        });
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.attempt("gus", "192.0.2.1")).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void theFifthWrongPasswordIsTheLastTry() {
        for (int attempt = 0; attempt < 4; attempt++) {
            wrong("gus", "192.0.2.1");
            assertThat(lastTry).isFalse();
        }
        wrong("gus", "192.0.2.1");
        assertThat(lastTry).isTrue();
    }

    @Test
    void manySignInsOfOneAccountAtOnceAreNotRefused() {
        for (int connection = 0; connection < 15; connection++) {
            assertThat(throttle.attempt("city-system", "192.0.2.1")).isInstanceOf(LoginThrottle.Allowed.class);
        }
    }

    @Test
    void namesDifferingOnlyInCaseShareABucket() {
        for (int attempt = 0; attempt < 5; attempt++) {
            wrong(attempt % 2 == 0 ? "Gus" : " gus ", "192.0.2." + attempt);
        }
        assertThat(throttle.attempt("GUS", "192.0.2.99")).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(throttle.accountSlowedFor("gus")).isPresent();
        assertThat(throttle.accountSlowedFor("olive")).isEmpty();
    }

    @Test
    void anAddressIsSlowedAcrossAllNamesAndAnotherAddressIsNot() {
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThat(wrong("made-up-" + attempt, "203.0.113.7")).isInstanceOf(LoginThrottle.Allowed.class);
        }

        assertThat(throttle.attempt("olive", "203.0.113.7"))
                .isInstanceOfSatisfying(LoginThrottle.Refused.class, r -> assertThat(r.account()).isFalse());
        assertThat(throttle.attempt("olive", "203.0.113.8")).isInstanceOf(LoginThrottle.Allowed.class);
        assertThat(throttle.slowedAddresses()).extracting(LoginThrottle.Slowed::key).containsExactly("203.0.113.7");
    }

    @Test
    void anIpv6ClientIsCountedByItsNetworkSoFreshAddressesDoNotHelp() {
        for (int attempt = 0; attempt < 20; attempt++) {
            wrong("made-up-" + attempt, "2001:db8:1:2::" + Integer.toHexString(attempt + 1));
        }
        assertThat(throttle.attempt("olive", "2001:db8:1:2:ffff::1")).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(throttle.attempt("olive", "2001:db8:1:3::1")).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void aRightPasswordForgetsTheAccountsEarlierTypos() {
        for (int round = 0; round < 3; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                wrong("olive", "192.0.2." + round);
            }
            throttle.attempt("olive", "192.0.2." + round);
            throttle.signedIn("olive", "192.0.2." + round);
        }
        assertThat(throttle.attempt("olive", "192.0.2.1")).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void anAdminClearsAnAccountAndAnAddress() {
        for (int attempt = 0; attempt < 20; attempt++) {
            wrong("gus", "203.0.113.7");
        }
        throttle.clearAccount("gus");
        throttle.clearAddress("203.0.113.7");
        assertThat(throttle.attempt("gus", "203.0.113.7")).isInstanceOf(LoginThrottle.Allowed.class);
        assertThat(throttle.slowedAddresses()).isEmpty();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-07-22T16:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

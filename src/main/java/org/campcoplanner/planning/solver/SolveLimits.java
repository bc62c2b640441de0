package org.campcoplanner.planning.solver;

import java.time.Duration;

/**
 * How long one solve may run: at most {@code spent}, and it stops earlier once the best roster
 * has not improved for {@code unimproved}.
 */
public record SolveLimits(Duration spent, Duration unimproved) {

    /** At most the given seconds; stops early after a quarter of that without improvement (at least 5 s). */
    public static SolveLimits seconds(long seconds) {
        Duration spent = Duration.ofSeconds(seconds);
        Duration unimproved = Duration.ofSeconds(Math.max(5, seconds / 4));
        return new SolveLimits(spent, unimproved.compareTo(spent) > 0 ? spent : unimproved);
    }
}

package org.campcoplanner.roster.api;

import org.campcoplanner.planning.solver.SolveLimits;

/** The {@code seconds} a solve over HTTP may run, checked alike by every solve call. */
final class SolveSeconds {

    static final int MAX = 300;

    private SolveSeconds() {
    }

    /** @throws OutOfRangeException answered as a problem naming {@code seconds} ({@link SolveParameterAdvice}) */
    static SolveLimits limits(int seconds) {
        if (seconds < 1 || seconds > MAX) {
            throw new OutOfRangeException(seconds);
        }
        return SolveLimits.seconds(seconds);
    }

    /** Seconds below 1 or above {@link #MAX}; nothing was started. */
    static final class OutOfRangeException extends RuntimeException {

        private final int seconds;

        OutOfRangeException(int seconds) {
            super("seconds must be from 1 to " + MAX + ", not " + seconds);
            this.seconds = seconds;
        }

        int seconds() {
            return seconds;
        }
    }
}

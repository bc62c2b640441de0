package org.campcoplanner.roster;

import java.time.Duration;

/**
 * A better roster found while solving a camp; {@code score} is null when the solve has just
 * (re)started. {@code restarted}: the instance that was solving it was lost, and another started
 * it again from the draft.
 */
public record SolveProgress(long campId, Duration elapsed, String score, long filledSeats, int seats,
                            boolean restarted) {
}

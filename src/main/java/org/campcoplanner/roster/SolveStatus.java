package org.campcoplanner.roster;

import java.time.Duration;

/**
 * Where a camp's solve stands: none yet ({@link State#IDLE}), waiting for a free place on an
 * instance ({@link State#QUEUED}), running, or ended, with the best roster's figures so far
 * ({@code best}, null before the first one), how it ended ({@code outcome}, null unless ended) and
 * how far the stored draft is from the published roster ({@code draftAgainstPublished}, null while
 * nothing is published).
 */
public record SolveStatus(State state, Stability stability, Duration elapsed, SolveProgress best, SolveOutcome outcome,
                          SeatsMoved draftAgainstPublished) {

    public enum State { IDLE, QUEUED, RUNNING, FINISHED, FAILED }
}

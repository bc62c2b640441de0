package org.campcoplanner.roster;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One solve of a stored camp as the database keeps it, whichever instance runs it: queued until an
 * instance picks it, running (with the best roster's figures so far) and then ended, with how it
 * ended as JSON ({@code outcome}). {@code runs} above one means an instance was lost mid-solve and
 * another started it again.
 */
record SolveJob(long id, long campId, State state, Stability stability, Duration spent, Duration unimproved,
                String startedBy, OffsetDateTime startedAt, String runner, int runs, boolean stopRequested,
                Duration elapsed, String bestScore, Long filledSeats, Integer seats, String outcome) {

    enum State { QUEUED, RUNNING, FINISHED, FAILED }

    boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    boolean restarted() {
        return runs > 1;
    }
}

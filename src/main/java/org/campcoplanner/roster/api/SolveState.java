package org.campcoplanner.roster.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.campcoplanner.roster.SeatKey;
import org.campcoplanner.roster.SeatsMoved;
import org.campcoplanner.roster.SolveOutcome;
import org.campcoplanner.roster.SolveProgress;
import org.campcoplanner.roster.SolveStatus;
import org.campcoplanner.roster.Stability;

import java.util.List;
import java.util.Locale;

/**
 * A stored camp's solve as the API reports it. {@code fresh} says whether the solve started
 * fresh instead of keeping the published roster, {@code restarted} (only when true) that the
 * instance solving it was lost and another started it again; the best roster's {@code score}, {@code filledSeats}
 * and {@code seats} appear once there is one; {@code changedSeats} and {@code keptPlannerEdits}
 * once it ended; {@code published} while a revision is published, for the draft as stored now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SolveState(long campId, String state, Boolean fresh, Boolean restarted, double elapsedSeconds, String score,
                  Long filledSeats,
                  Integer seats, Integer changedSeats, List<SeatKey> keptPlannerEdits, String message,
                  Published published) {

    record Published(int revision, int seatsChanged, int peopleToTell) {
    }

    static SolveState of(long campId, SolveStatus status) {
        SolveProgress best = status.best();
        SolveOutcome outcome = status.outcome();
        SeatsMoved moved = status.draftAgainstPublished();
        boolean saved = outcome != null && outcome.succeeded();
        return new SolveState(campId, status.state().name().toLowerCase(Locale.ROOT),
                status.stability() == null ? null : status.stability() == Stability.START_FRESH,
                best != null && best.restarted() ? Boolean.TRUE : null,
                Math.round(status.elapsed().toMillis() / 100.0) / 10.0,
                best == null ? null : best.score(), best == null ? null : best.filledSeats(),
                best == null ? null : best.seats(),
                saved ? outcome.changedSeats() : null, saved ? outcome.keptPlannerEdits() : null,
                outcome == null ? null : outcome.error(),
                moved == null ? null : new Published(moved.revision(), moved.seats(), moved.people()));
    }
}

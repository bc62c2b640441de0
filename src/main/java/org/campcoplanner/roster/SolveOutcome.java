package org.campcoplanner.roster;

import org.campcoplanner.planning.Text;

import java.util.List;

/**
 * How a solve ended: whether it kept the published roster, the score of the saved roster and its
 * filled seats, how many seats it changed, the seats that kept a planner's edit made during the
 * solve, how far the saved draft is from the published roster (null while nothing is published),
 * or the error that stopped it: in English for the API ({@code error}), and as a {@link Text} for
 * pages ({@code failure}).
 */
public record SolveOutcome(long campId, Stability stability, String score, long filledSeats, int seats,
                           int changedSeats, List<SeatKey> keptPlannerEdits, SeatsMoved againstPublished,
                           String error, Text failure) {

    static SolveOutcome failed(long campId, Stability stability, String error, Text failure) {
        return new SolveOutcome(campId, stability, null, 0, 0, 0, List.of(), null, error, failure);
    }

    public boolean succeeded() {
        return error == null;
    }
}

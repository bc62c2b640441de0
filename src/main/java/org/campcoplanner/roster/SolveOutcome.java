package org.campcoplanner.roster;


import java.util.List;

/**
 * How a solve ended: whether it kept the published roster, the score of the saved roster, how
 * many seats it changed, the seats that kept a planner's edit made during the solve, how far the
 * saved draft is from the published roster (null while nothing is published), or the error that
 * stopped it.
 */
public record SolveOutcome(long campId, Stability stability, String score, int changedSeats,
                           List<SeatKey> keptPlannerEdits, SeatsMoved againstPublished, String error) {

    static SolveOutcome failed(long campId, Stability stability, String error) {
        return new SolveOutcome(campId, stability, null, 0, List.of(), null, error);
    }

    public boolean succeeded() {
        return error == null;
    }
}

package org.campcoplanner.roster;

import org.campcoplanner.camp.SeatKey;

import java.util.List;

/**
 * How a solve ended: the score of the saved roster, how many seats it changed, the seats that
 * kept a planner's edit made during the solve, or the error that stopped it.
 */
public record SolveOutcome(long campId, String score, int changedSeats, List<SeatKey> keptPlannerEdits, String error) {

    public boolean succeeded() {
        return error == null;
    }
}

package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The construction phase: staffs one session at a time. Seat by seat is no use here, because
 * the first person in an empty session always breaks safeguarding (two adults, one of them
 * checked) until the second arrives, so a seat-by-seat heuristic leaves every session empty.
 * Sessions are staffed hardest first (fewest people per seat); a session that cannot be made
 * safe is left empty, which only costs its seats' priority. Local search improves from there.
 */
public class StaffSessionsPhase implements PhaseCommand<Roster> {

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        RosterState state = new RosterState(scoreDirector.getWorkingSolution());
        List<Session> order = new ArrayList<>(state.sessions());
        order.sort(hardestFirst(state));
        for (Session session : order) {
            if (isPhaseTerminated.getAsBoolean()) {
                return;
            }
            new SessionStaffing(session, state.seatsOf(session), state.workloads(), null).choose()
                    .forEach((seat, person) -> {
                        state.assign(seat, person);
                        scoreDirector.beforeVariableChanged(seat, "person");
                        seat.setPerson(person);
                        scoreDirector.afterVariableChanged(seat, "person");
                    });
            scoreDirector.triggerVariableListeners();
        }
    }

    /** Sessions with the fewest people per seat first, then the earliest. */
    static Comparator<Session> hardestFirst(RosterState state) {
        return Comparator.comparingDouble((Session session) -> choicePerSeat(state.seatsOf(session)))
                .thenComparingLong(Session::startMinute);
    }

    private static double choicePerSeat(List<SeatAssignment> seats) {
        return seats.stream().mapToInt(seat -> seat.getEligiblePeople().size()).average().orElse(0);
    }
}

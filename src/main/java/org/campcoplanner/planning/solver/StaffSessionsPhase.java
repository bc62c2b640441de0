package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Roster roster = scoreDirector.getWorkingSolution();
        Map<Person, Workload> workloads = new HashMap<>();
        roster.getPeople().forEach(person -> workloads.put(person, new Workload(person)));
        Map<Session, List<SeatAssignment>> seatsBySession = new LinkedHashMap<>();
        for (SeatAssignment seat : roster.getSeats()) {
            seatsBySession.computeIfAbsent(seat.getSession(), s -> new ArrayList<>()).add(seat);
            if (seat.getPerson() != null) {
                workloads.get(seat.getPerson()).add(seat.getSession());
            }
        }
        List<Session> order = new ArrayList<>(seatsBySession.keySet());
        order.sort(Comparator.comparingDouble((Session session) -> choicePerSeat(seatsBySession.get(session)))
                .thenComparingLong(Session::startMinute));
        for (Session session : order) {
            if (isPhaseTerminated.getAsBoolean()) {
                return;
            }
            new SessionStaffing(session, seatsBySession.get(session), workloads).staff(scoreDirector);
        }
    }

    private static double choicePerSeat(List<SeatAssignment> seats) {
        return seats.stream().mapToInt(seat -> seat.getEligiblePeople().size()).average().orElse(0);
    }
}

package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.format.CampPlan;

import java.util.List;

/** Writes a solved roster back into its plan: an assignment for every seat, and the score. */
public final class RosterWriter {

    private RosterWriter() {
    }

    public static CampPlan write(CampPlan plan, Roster roster) {
        return plan.withAssignments(assignments(roster))
                .withScore(roster.getScore() == null ? null : roster.getScore().toString());
    }

    public static List<CampPlan.Assignment> assignments(Roster roster) {
        return roster.getSeats().stream().map(RosterWriter::assignment).toList();
    }

    private static CampPlan.Assignment assignment(SeatAssignment seat) {
        return new CampPlan.Assignment(seat.getSession().id(), seat.getRole(), seat.getRoleIndex(),
                seat.getPerson() == null ? null : seat.getPerson().id(), seat.isPinned());
    }
}

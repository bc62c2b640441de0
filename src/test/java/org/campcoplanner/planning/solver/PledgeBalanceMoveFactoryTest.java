package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.campcoplanner.planning.domain.Person;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.domain.Session;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.junit.jupiter.api.Test;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PledgeBalanceMoveFactoryTest {

    private static final SolutionManager<Roster, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(SolverFactory.create(RosterSolverConfig.load()));

    @Test
    void aSeatGoesFromSomeoneOverTheirPledgeToSomeoneShortOfItWithNoHardRuleBrokenAndPinsKept() {
        Roster roster = solvedBriefly(RosterBuilder.build(new CampGenerator().generate(CampSize.S, 2026)));
        Map<SeatAssignment, Person> pinned = new IdentityHashMap<>();
        for (int i = 0; i < roster.getSeats().size(); i += 4) {
            SeatAssignment seat = roster.getSeats().get(i);
            seat.setPinned(true);
            pinned.put(seat, seat.getPerson());
        }
        Iterator<SessionCrewMove> moves = PledgeBalanceMoveFactory.randomMoves(roster, new Random(3));

        int found = 0;
        for (int i = 0; i < 300; i++) {
            SessionCrewMove move = moves.next();
            if (move.getPlanningEntities().isEmpty()) {
                continue;
            }
            found++;
            SeatAssignment seat = move.getPlanningEntities().iterator().next();
            Person holder = seat.getPerson();
            Person taker = move.getPlanningValues().iterator().next();
            long gapsBefore = squaredGaps(roster, seat.getSession(), holder, taker);
            long hardBefore = SCORES.update(roster).hardScore();

            seat.setPerson(taker);
            long gapsAfter = squaredGaps(roster, seat.getSession(), holder, taker);
            long hardAfter = SCORES.update(roster).hardScore();
            seat.setPerson(holder);

            assertThat(pinned).doesNotContainKey(seat);
            assertThat(gapsAfter).as("rule 8 after %s goes to %s", seat, taker).isLessThan(gapsBefore);
            assertThat(hardAfter).as("hard rules after %s goes to %s", seat, taker).isGreaterThanOrEqualTo(hardBefore);
        }
        assertThat(found).as("seats to balance on a camp solved briefly").isGreaterThan(50);
    }

    @Test
    void localSearchWithTheseMovesKeepsItsScoreConsistent() {
        Roster roster = RosterBuilder.build(new CampGenerator().generate(CampSize.S, 7));

        Roster solved = SolverFactory.<Roster>create(RosterSolverConfig.load()
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(300))).buildSolver().solve(roster);

        assertThat(solved.getScore().hardScore()).isZero();
    }

    private static Roster solvedBriefly(Roster roster) {
        return SolverFactory.<Roster>create(RosterSolverConfig.load()
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(1))).buildSolver().solve(roster);
    }

    /** Rule 8 for these people in the session's week: the squared minutes each works off their pledge. */
    private static long squaredGaps(Roster roster, Session session, Person... people) {
        long gaps = 0;
        for (Person person : people) {
            if (person.hasPledged()) {
                long minutes = roster.getSeats().stream()
                        .filter(seat -> seat.getPerson() == person && seat.getSession().week() == session.week())
                        .mapToLong(seat -> seat.getSession().durationMinutes()).sum();
                long off = minutes - person.pledgeWeekOf(session).pledgedMinutes();
                gaps += off * off;
            }
        }
        return gaps;
    }
}

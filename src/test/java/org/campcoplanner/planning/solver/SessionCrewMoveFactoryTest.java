package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.rules.TestCamp;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campcoplanner.planning.format.PersonKind.LEADER;
import static org.campcoplanner.planning.format.PersonKind.STAFF;
import static org.campcoplanner.planning.format.PersonKind.VOLUNTEER;

class SessionCrewMoveFactoryTest {

    private static final SolutionManager<Roster, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(SolverFactory.create(RosterSolverConfig.load()));

    @Test
    void localSearchAloneStaffsAnEmptySession() {
        Roster empty = new TestCamp().person("noah", STAFF).person("lee", LEADER).person("ada", VOLUNTEER)
                .session("a", "2026-07-06T09:00", "2026-07-06T12:00").roster();

        Roster solved = localSearchOnly(1_000).solve(empty);

        assertThat(solved.filledSeats()).isEqualTo(3);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void localSearchAloneStaffsOnwardWillowAsWellAsFirstFit() {
        CampPlan plan = DemoCamp.secondPlan();
        long firstFit = new GreedyBaseline().fill(RosterBuilder.build(plan)).filledSeats();

        Roster solved = localSearchOnly(20_000).solve(RosterBuilder.build(plan));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.filledSeats()).isGreaterThanOrEqualTo(firstFit);
    }

    @Test
    void movesNeverTouchPinnedSeats() {
        Roster roster = RosterBuilder.build(DemoCamp.secondPlan());
        List<SeatAssignment> pinned = pinEveryThirdSeat(roster);

        Iterator<SessionCrewMove> moves = SessionCrewMoveFactory.randomMoves(roster, new Random(7));
        for (int i = 0; i < 2_000; i++) {
            assertThat(moves.next().getPlanningEntities()).doesNotContainAnyElementsOf(pinned);
        }
    }

    @Test
    void movesNeverTakeAPersonOutOfAPinnedSeat() {
        Roster roster = localSearchOnly(5_000).solve(RosterBuilder.build(DemoCamp.secondPlan()));
        List<SeatAssignment> filled = roster.getSeats().stream().filter(seat -> seat.getPerson() != null).toList();
        List<SeatAssignment> pinned = new ArrayList<>();
        for (int i = 0; i < filled.size(); i += 3) {
            filled.get(i).setPinned(true);
            pinned.add(filled.get(i));
        }

        Iterator<SessionCrewMove> moves = SessionCrewMoveFactory.randomMoves(roster, new Random(11));
        for (int i = 0; i < 2_000; i++) {
            assertThat(moves.next().getPlanningEntities()).doesNotContainAnyElementsOf(pinned);
        }
    }

    @Test
    void onACampShortOfPeopleTheMovesKeepPinsAndTheScoreConsistent() {
        Roster roster = RosterBuilder.build(new CampGenerator().scarce(CampSize.S, 3));
        List<SeatAssignment> pinned = pinEveryThirdSeat(roster);
        List<String> pinnedBefore = pinned.stream().map(SessionCrewMoveFactoryTest::text).toList();
        SolverConfig config = RosterSolverConfig.load()
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(400));

        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(roster);

        assertThat(solved.getSeats().stream().filter(SeatAssignment::isPinned).map(SessionCrewMoveFactoryTest::text))
                .containsExactlyElementsOf(pinnedBefore);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    /** Every third seat pinned as it is (empty): planners' calls the solver must leave alone. */
    private static List<SeatAssignment> pinEveryThirdSeat(Roster roster) {
        List<SeatAssignment> pinned = new ArrayList<>();
        for (int i = 0; i < roster.getSeats().size(); i += 3) {
            roster.getSeats().get(i).setPinned(true);
            pinned.add(roster.getSeats().get(i));
        }
        return pinned;
    }

    private static ai.timefold.solver.core.api.solver.Solver<Roster> localSearchOnly(int steps) {
        SolverConfig config = RosterSolverConfig.load();
        config.setPhaseConfigList(config.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance).toList());
        config.setTerminationConfig(new TerminationConfig().withStepCountLimit(steps));
        return SolverFactory.<Roster>create(config).buildSolver();
    }

    private static String text(SeatAssignment seat) {
        return seat.getId() + "=" + seat.getPerson();
    }
}

package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solver's roster is never worse than a careful person's first-fit on empty seats (rule 7),
 * and never breaks a hard rule: on both demo camps, and on small camps with plenty of people, with
 * just enough (tight) and with too few (scarce). Onward Willow once came back with all 50 seats empty while first-fit filled 47.
 */
class NeverBehindGreedyTest {

    private static final SolveLimits LIMITS = new SolveLimits(Duration.ofSeconds(5), Duration.ofSeconds(2));
    private static final SolutionManager<Roster, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(SolverFactory.create(RosterSolverConfig.load()));

    static Stream<Arguments> camps() {
        CampGenerator generator = new CampGenerator();
        return Stream.of(
                Arguments.of("Brant Avenue (demo)", DemoCamp.plan()),
                Arguments.of("Onward Willow (demo)", DemoCamp.secondPlan()),
                Arguments.of("small camp, seed 3", generator.generate(CampSize.S, 3)),
                Arguments.of("small camp, seed 11", generator.generate(CampSize.S, 11)),
                Arguments.of("small camp, seed 12", generator.generate(CampSize.S, 12)),
                Arguments.of("tight small camp, seed 1", generator.tight(CampSize.S, 1).plan()),
                Arguments.of("scarce small camp, seed 1", generator.scarce(CampSize.S, 1)),
                Arguments.of("scarce small camp, seed 2", generator.scarce(CampSize.S, 2)),
                Arguments.of("scarce small camp, seed 3", generator.scarce(CampSize.S, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("camps")
    void solvedRosterLeavesNoMorePriorityEmptyThanFirstFit(String camp, CampPlan plan) {
        Roster greedy = new GreedyBaseline().fill(RosterBuilder.build(plan));
        HardMediumSoftLongScore greedyScore = SCORES.update(greedy);

        CampPlan solved = new PlanSolver(LIMITS).solve(plan, roster -> { });

        HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(solved.score());
        assertThat(greedyScore.hardScore()).as("first-fit keeps the hard rules").isZero();
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).as("empty priority against first-fit's %s", greedyScore)
                .isGreaterThanOrEqualTo(greedyScore.mediumScore());
        assertThat(solved.assignments()).filteredOn(seat -> seat.person() != null).isNotEmpty();
    }
}

package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.rules.TestCamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campcoplanner.planning.format.PersonKind.STAFF;
import static org.campcoplanner.planning.format.PersonKind.VOLUNTEER;

class StaffSessionsPhaseTest {

    private static final SolverConfig CONSTRUCTION_ONLY = RosterSolverConfig.load()
            .withTerminationConfig(null)
            .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new StaffSessionsPhase())));
    private static final SolutionManager<Roster, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(SolverFactory.create(RosterSolverConfig.load()));

    @Test
    void staffsOnwardWillowWithoutBreakingAHardRule() {
        Roster built = construct(DemoCamp.secondPlan());

        HardMediumSoftLongScore score = SCORES.update(built);
        assertThat(score.hardScore()).isZero();
        assertThat(built.filledSeats()).isGreaterThanOrEqualTo(45);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void neverBreaksAHardRuleOnGeneratedCamps(long seed) {
        Roster built = construct(new CampGenerator().generate(CampSize.S, seed));

        assertThat(SCORES.update(built).hardScore()).isZero();
    }

    @Test
    void leavesAnOvernightEmptyRatherThanBreakSomeonesRest() {
        // an 11 h rest leaves 13 h of work in a day: the 14 h camp-out alone is too long for Noah and Ada
        CampPlan plan = new TestCamp()
                .person("noah", STAFF, p -> p.minRestHours(11))
                .person("ada", VOLUNTEER, p -> p.minRestHours(11))
                .session("campout", "2026-07-10T19:00", "2026-07-11T09:00")
                .plan();

        Roster built = construct(plan);

        assertThat(built.filledSeats()).isZero();
        assertThat(SCORES.update(built).hardScore()).isZero();
    }

    private static Roster construct(CampPlan plan) {
        return SolverFactory.<Roster>create(CONSTRUCTION_ONLY).buildSolver().solve(RosterBuilder.build(plan));
    }
}

package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.campcoplanner.demo.DemoCamp;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.explain.RosterExplainer;
import org.campcoplanner.planning.explain.RosterExplanation;
import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.campcoplanner.planning.rules.RuleNames;
import org.campcoplanner.planning.rules.TestCamp;
import org.campcoplanner.base.TestTexts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campcoplanner.planning.format.PersonKind.LEADER;
import static org.campcoplanner.planning.format.PersonKind.STAFF;

class PlanSolverTest {

    private static final SolveLimits SHORT = new SolveLimits(Duration.ofSeconds(5), Duration.ofSeconds(2));

    @Test
    void theSharedExampleGetsAFullLegalRoster() {
        CampPlan plan = new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP));

        CampPlan solved = new PlanSolver(SHORT).solve(plan, roster -> { });

        HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(solved.score());
        assertThat(score.hardScore()).isZero();
        assertThat(solved.assignments()).hasSize(50);
        assertThat(solved.assignments()).allSatisfy(a -> assertThat(a.person()).isNotNull());
    }

    @Test
    void aSmallGeneratedCampGetsALegalRoster() {
        CampPlan plan = new CampGenerator().generate(CampSize.S, 7L);

        CampPlan solved = new PlanSolver(SHORT).solve(plan, roster -> { });

        assertThat(HardMediumSoftLongScore.parseScore(solved.score()).hardScore()).isZero();
        assertThat(solved.assignments()).filteredOn(a -> a.person() != null).isNotEmpty();
    }

    @Test
    void pinnedSeatsStayPut() {
        CampPlan plan = new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP));
        // Xavier Okafor (p2) is away Jul 8-10; pinning him into Wednesday's Lead seat is a planner's call
        List<CampPlan.Assignment> pinned = List.of(
                new CampPlan.Assignment("s6", "Lead", 1, "p2", true),
                new CampPlan.Assignment("s1", "Helper", 2, null, true));

        CampPlan solved = new PlanSolver(SHORT).solve(plan.withAssignments(pinned), roster -> { });

        assertThat(solved.assignments()).contains(
                new CampPlan.Assignment("s6", "Lead", 1, "p2", true),
                new CampPlan.Assignment("s1", "Helper", 2, null, true));
        assertThat(HardMediumSoftLongScore.parseScore(solved.score()).hardScore()).isNegative();
    }

    @Test
    void tooFewPeopleStillGiveARosterWithEmptySeats() {
        CampPlan plan = new TestCamp().person("noah", STAFF).person("lee", LEADER)
                .session("a", "2026-07-06T09:00", "2026-07-06T12:00")
                .session("b", "2026-07-06T10:00", "2026-07-06T13:00").plan();

        CampPlan solved = new PlanSolver(SHORT).solve(plan, roster -> { });

        HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(solved.score());
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isNegative();
        assertThat(solved.assignments()).hasSize(6).filteredOn(a -> a.person() == null).hasSize(4);
        RosterExplanation explanation = new RosterExplainer(SolutionManager.create(
                SolverFactory.<Roster>create(RosterSolverConfig.forExplanations()))).explain(RosterBuilder.build(solved));
        assertThat(explanation.breaches()).filteredOn(breach -> breach.rule().equals(RuleNames.EMPTY_SEATS))
                .hasSize(4)
                .allSatisfy(breach -> assertThat(TestTexts.english(breach.sentence())).matches("Helper \\d in [ab] on Mon 6 Jul is empty \\(priority 10\\)"));
    }

    @Test
    void progressIsReportedAsTheRosterImproves() {
        CampPlan plan = new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP));
        List<Long> filled = new ArrayList<>();

        new PlanSolver(SHORT).solve(plan, roster -> filled.add(roster.filledSeats()));

        assertThat(filled).isNotEmpty();
        assertThat(filled.get(filled.size() - 1)).isEqualTo(50);
    }

    @Test
    void scoreCalculationStaysConsistentInFullAssertMode() {
        CampPlan plan = new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP));
        SolverConfig config = RosterSolverConfig.withLimits(new SolveLimits(Duration.ofSeconds(3), Duration.ofSeconds(3)))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);

        CampPlan solved = new PlanSolver(config).solve(plan, roster -> { });

        assertThat(solved.score()).isNotNull();
    }

    @Test
    void solvingAPublishedRosterAgainWithNothingChangedKeepsItsSeats() {
        CampPlan plan = DemoCamp.plan();
        CampPlan published = new PlanSolver(RosterSolverConfig.reproducible(2_000)).solve(plan, roster -> { });

        CampPlan again = new PlanSolver(SHORT).solve(published, published.assignments(), roster -> { });

        HardMediumSoftLongScore before = HardMediumSoftLongScore.parseScore(published.score());
        HardMediumSoftLongScore after = HardMediumSoftLongScore.parseScore(again.score());
        long moved = again.assignments().stream().filter(seat -> !published.assignments().contains(seat)).count();
        assertThat(after.hardScore()).isZero();
        assertThat(after.mediumScore()).isGreaterThanOrEqualTo(before.mediumScore());
        assertThat(moved).as("seats moved of %d", published.assignments().size())
                .isLessThanOrEqualTo(published.assignments().size() / 50);
    }

    @Test
    void aPublishedSeatThePlanNoLongerHasIsLeftOut() {
        CampPlan plan = new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP));
        List<CampPlan.Assignment> published = List.of(new CampPlan.Assignment("s1", "Lead", 1, "p2", false),
                new CampPlan.Assignment("removed-session", "Helper", 1, "p3", false));

        Roster roster = RosterBuilder.build(plan, published);

        assertThat(roster.getSeats()).hasSize(50).filteredOn(seat -> seat.getPublishedPerson() != null).hasSize(1);
    }
}

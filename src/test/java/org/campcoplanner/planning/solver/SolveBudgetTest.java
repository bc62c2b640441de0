package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.generator.CampGenerator;
import org.campcoplanner.planning.generator.CampSize;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A solve's time holds from the moment it is asked for, building included, and a cancelled solve stops. */
class SolveBudgetTest {

    /** Eight weeks at three sites, about 650 seats: a solve that goes on improving for a while. */
    private static final CampPlan M = new CampGenerator().generate(CampSize.M, 2026);
    private final PlanSolver solver = new PlanSolver(RosterSolverConfig.load());

    @Test
    void aSolveAnswersWithinItsSecondsBuildingIncluded() {
        SolveBudget budget = SolveBudget.startingNow(new SolveLimits(Duration.ofSeconds(2), Duration.ofSeconds(2)));

        CampPlan solved = solver.solve(M, null, budget, roster -> { });

        assertThat(budget.elapsed()).isLessThan(Duration.ofMillis(2_500));
        assertThat(solved.assignments()).isNotEmpty();
        assertThat(solved.score()).isNotNull();
    }

    @Test
    void aSolveWhoseTimeIsUpBeforeItsRosterIsBuiltSaysSo() {
        SolveBudget budget = SolveBudget.startingNow(new SolveLimits(Duration.ZERO, Duration.ZERO));

        assertThatThrownBy(() -> solver.solve(M, null, budget, roster -> { }))
                .isInstanceOfSatisfying(SolveStoppedException.class, e -> assertThat(e.cancelled()).isFalse())
                .hasMessageContaining("give it more seconds");
    }

    @Test
    void aCancelledSolveStopsAtOnceInsteadOfRunningOutItsTime() throws Exception {
        SolveBudget budget = SolveBudget.startingNow(new SolveLimits(Duration.ofSeconds(60), Duration.ofSeconds(60)));
        CompletableFuture<CampPlan> solving = CompletableFuture.supplyAsync(
                () -> solver.solve(M, null, budget, roster -> { }));
        Thread.sleep(1_500);

        budget.cancel();

        assertThatThrownBy(() -> solving.get(3, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SolveStoppedException.class);
        assertThat(budget.elapsed()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSolveCancelledBeforeItStartsNeverRuns() {
        SolveBudget budget = SolveBudget.startingNow(new SolveLimits(Duration.ofSeconds(60), Duration.ofSeconds(60)));
        budget.cancel();

        assertThatThrownBy(() -> solver.solve(M, null, budget, roster -> { }))
                .isInstanceOfSatisfying(SolveStoppedException.class, e -> assertThat(e.cancelled()).isTrue());
        assertThat(budget.elapsed()).isLessThan(Duration.ofSeconds(2));
    }
}

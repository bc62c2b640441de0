package org.campcoplanner.signoff;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.SolveLimits;

import java.time.Duration;

/** The shared small example camp with a roster the solver made legal, solved once per test run. */
public final class SolvedSmallCamp {

    private static CampPlan solved;

    private SolvedSmallCamp() {
    }

    public static synchronized CampPlan plan() {
        if (solved == null) {
            CampPlan plan = new PlanReader().read(TestPlans.read(TestPlans.SMALL_CAMP));
            solved = new PlanSolver(new SolveLimits(Duration.ofSeconds(4), Duration.ofSeconds(2))).solve(plan, roster -> { });
        }
        return solved;
    }
}

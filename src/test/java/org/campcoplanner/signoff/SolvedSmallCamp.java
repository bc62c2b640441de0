package org.campcoplanner.signoff;

import org.campcoplanner.planning.format.CampPlan;
import org.campcoplanner.planning.format.PlanReader;
import org.campcoplanner.planning.format.TestPlans;
import org.campcoplanner.planning.solver.PlanSolver;
import org.campcoplanner.planning.solver.SolveLimits;
import org.campcoplanner.roster.SeatKey;

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

    /**
     * Someone of the solved roster and another seat of their session: putting them there books them twice
     * at once, a hard breach (rule 2).
     */
    public static DoubleBooking doubleBooking() {
        CampPlan.Assignment taken = plan().assignments().stream().filter(a -> a.person() != null)
                .findFirst().orElseThrow();
        CampPlan.Assignment other = plan().assignments().stream()
                .filter(a -> a.session().equals(taken.session()) && a.person() != null && !a.person().equals(taken.person()))
                .findFirst().orElseThrow();
        return new DoubleBooking(new SeatKey(other.session(), other.role(), other.index()), taken.person());
    }

    public record DoubleBooking(SeatKey seat, String person) {
    }
}

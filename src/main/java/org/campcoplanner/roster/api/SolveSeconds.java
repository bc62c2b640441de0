package org.campcoplanner.roster.api;

import org.campcoplanner.planning.format.InvalidPlanException;
import org.campcoplanner.planning.format.PlanProblem;
import org.campcoplanner.planning.solver.SolveLimits;

import java.util.List;

/** The {@code seconds} a solve over HTTP may run, checked alike by every solve call. */
final class SolveSeconds {

    static final int MAX = 300;

    private SolveSeconds() {
    }

    static SolveLimits limits(int seconds) {
        if (seconds < 1 || seconds > MAX) {
            throw new InvalidPlanException(List.of(PlanProblem.of("seconds", "format.parameter.seconds", MAX, seconds)));
        }
        return SolveLimits.seconds(seconds);
    }
}

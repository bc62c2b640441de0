package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.format.CampPlan;

import java.util.List;
import java.util.function.Consumer;

/**
 * Solves a camp plan file on its own, without a database: the command line and the REST solve
 * call use it. Pinned assignments stay; every seat comes back, empty ones with {@code person: null}.
 */
public final class PlanSolver {

    /** Building a factory scans the model and compiles the constraints: done once, not per solve. */
    private final SolverFactory<Roster> factory;

    public PlanSolver(SolverConfig config) {
        this.factory = SolverFactory.create(config);
    }

    public PlanSolver(SolveLimits limits) {
        this(RosterSolverConfig.withLimits(limits));
    }

    public CampPlan solve(CampPlan plan, Consumer<Roster> onBetterRoster) {
        return solve(plan, null, onBetterRoster);
    }

    /** Solves with the stability rule counting every change against {@code published} (null: none). */
    public CampPlan solve(CampPlan plan, List<CampPlan.Assignment> published, Consumer<Roster> onBetterRoster) {
        Solver<Roster> solver = factory.buildSolver();
        solver.addEventListener(event -> onBetterRoster.accept(event.getNewBestSolution()));
        Roster best = solver.solve(RosterBuilder.build(plan, published));
        return RosterWriter.write(plan, best);
    }
}

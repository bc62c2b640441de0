package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.format.CampPlan;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Solves a camp plan file on its own, without a database: the command line, the REST solve call
 * and re-plans use it. Pinned assignments stay; every seat comes back, empty ones with
 * {@code person: null}. A solve with a {@link SolveBudget} answers within its time, building the
 * roster included, and stops early when the budget is cancelled.
 */
public final class PlanSolver {

    /** How often a cancelled solve is told again to stop, until it has (it may not have started yet). */
    private static final long STOP_RETRY_MILLIS = 20;

    /** Building a factory scans the model and compiles the constraints: done once, not per solve. */
    private final SolverFactory<Roster> factory;
    /** Each solve's own time, from when it is asked for; null: the configuration's termination. */
    private final SolveLimits limits;

    public PlanSolver(SolverConfig config) {
        this.factory = SolverFactory.create(config);
        this.limits = null;
    }

    /** Every solve of this solver gets the limits, counted from when it is asked for. */
    public PlanSolver(SolveLimits limits) {
        this.factory = SolverFactory.create(RosterSolverConfig.load());
        this.limits = limits;
    }

    public CampPlan solve(CampPlan plan, Consumer<Roster> onBetterRoster) {
        return solve(plan, null, onBetterRoster);
    }

    /** Solves with the stability rule counting every change against {@code published} (null: none). */
    public CampPlan solve(CampPlan plan, List<CampPlan.Assignment> published, Consumer<Roster> onBetterRoster) {
        return solve(plan, published, limits == null ? null : SolveBudget.startingNow(limits), onBetterRoster);
    }

    /**
     * Solves within the budget: the roster is built and solved in what is left of it.
     *
     * @param budget null for the configuration's own termination
     * @throws SolveStoppedException when the budget was cancelled, or used up before the roster was built
     */
    public CampPlan solve(CampPlan plan, List<CampPlan.Assignment> published, SolveBudget budget,
                          Consumer<Roster> onBetterRoster) {
        Roster roster = RosterBuilder.build(plan, published, budget);
        Solver<Roster> solver = budget == null ? factory.buildSolver() : factory.buildSolver(
                new SolverConfigOverride<Roster>().withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(budget.remaining()).withUnimprovedSpentLimit(budget.unimproved())));
        solver.addEventListener(event -> onBetterRoster.accept(event.getNewBestSolution()));
        if (budget != null) {
            budget.markRosterBuilt();
        }
        AtomicBoolean returned = new AtomicBoolean();
        Runnable unregister = budget == null ? () -> { } : budget.whenCancelled(() -> stop(solver, returned));
        Roster best;
        try {
            best = solver.solve(roster);
        } finally {
            returned.set(true);
            unregister.run();
        }
        if (budget != null && budget.cancelled()) {
            budget.checkpoint();
        }
        return RosterWriter.write(plan, best);
    }

    /**
     * Terminating a solver that has not started yet is forgotten when it starts, so the stop is
     * repeated until the solve has returned.
     */
    private static void stop(Solver<Roster> solver, AtomicBoolean returned) {
        Thread stopper = new Thread(() -> {
            while (!returned.get()) {
                solver.terminateEarly();
                try {
                    Thread.sleep(STOP_RETRY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "solve-stopper");
        stopper.setDaemon(true);
        stopper.start();
    }
}

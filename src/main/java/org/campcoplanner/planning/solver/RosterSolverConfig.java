package org.campcoplanner.planning.solver;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/** The solver configuration of {@code solver-config/solverConfig.xml}, with limits set per solve. */
public final class RosterSolverConfig {

    public static final String RESOURCE = "solver-config/solverConfig.xml";

    private RosterSolverConfig() {
    }

    public static SolverConfig load() {
        return SolverConfig.createFromXmlResource(RESOURCE);
    }

    /** For score analysis and seat recommendations, which need exactly one construction heuristic. */
    public static SolverConfig forExplanations() {
        return load().withPhases(new ConstructionHeuristicPhaseConfig());
    }

    /**
     * Stops after a number of local-search steps instead of a time: the same plan always gives
     * the same roster, whatever the machine's speed (the demo relies on it).
     */
    public static SolverConfig reproducible(int steps) {
        return load().withTerminationConfig(new TerminationConfig().withStepCountLimit(steps));
    }

    public static SolverConfig withLimits(SolveLimits limits) {
        return load().withTerminationConfig(new TerminationConfig()
                .withSpentLimit(limits.spent())
                .withUnimprovedSpentLimit(limits.unimproved()));
    }
}

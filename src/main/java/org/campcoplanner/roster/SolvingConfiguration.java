package org.campcoplanner.roster;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.solver.RosterSolverConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stored camps' solver, with one thread per solve slot: every solve holds a slot before it is
 * handed to the solver manager, so a job never waits in its queue behind others. (It replaces the
 * one Timefold's starter would make, whose thread count knows nothing of the slots.)
 */
@Configuration(proxyBeanMethods = false)
class SolvingConfiguration {

    @Bean(destroyMethod = "close")
    SolverManager<Roster, Long> solverManager(SolveSlots slots) {
        return SolverManager.create(SolverFactory.create(RosterSolverConfig.load()),
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(slots.capacity())));
    }
}

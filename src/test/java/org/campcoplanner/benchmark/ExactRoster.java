package org.campcoplanner.benchmark;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import org.campcoplanner.planning.domain.Roster;
import org.campcoplanner.planning.domain.SeatAssignment;

import java.time.Duration;
import java.util.List;

/**
 * The exact reference for how few seat-priority points a roster can leave empty under the hard
 * rules (DOMAIN.md section 3, rules 1-6 and 7): Google OR-Tools' CP-SAT on {@link RosterModel},
 * one independent part of the roster at a time ({@link RosterParts}). Within its time it either
 * proves the optimum or gives the best roster found and a lower bound, so that a solver's result
 * can be put at a known distance from the best possible. Test scope only: the app never depends
 * on OR-Tools.
 */
final class ExactRoster {

    static {
        Loader.loadNativeLibraries();
    }

    /**
     * What CP-SAT found: {@code emptyPriority} of its best roster (sat in {@code roster}) and
     * {@code bound}, below which no roster can go; equal when {@code proven}.
     */
    record Result(boolean proven, long emptyPriority, long bound, long emptySeats, double seconds, int parts,
                  int provenParts, int restChains, Roster roster) {

        /** How far the best roster found may still be from the optimum, as a share of it. */
        double gap() {
            return emptyPriority == 0 ? 0 : (double) (emptyPriority - bound) / emptyPriority;
        }
    }

    private ExactRoster() {
    }

    /**
     * Sits the best roster found in {@code roster}'s seats, spending at most {@code limit} in all:
     * each part gets an equal share of the time still left, so that what quick parts leave over
     * goes to the hard ones.
     */
    static Result solve(Roster roster, Duration limit, int workers) {
        List<List<SeatAssignment>> parts = RosterParts.of(roster);
        long started = System.nanoTime();
        long emptyPriority = 0;
        long bound = 0;
        int proven = 0;
        int restChains = 0;
        for (int i = 0; i < parts.size(); i++) {
            double left = limit.toMillis() / 1000.0 - (System.nanoTime() - started) / 1e9;
            RosterModel model = new RosterModel(parts.get(i));
            CpSolver solver = solver(Math.max(0.1, left / (parts.size() - i)), workers);
            CpSolverStatus status = solver.solve(model.model());
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                // a part always has a roster, the empty one; not finding it means the time is up
                throw new IllegalStateException("no roster found for part " + (i + 1) + " of " + parts.size()
                        + " in the time left: " + status);
            }
            model.fill(solver, roster);
            emptyPriority += Math.round(solver.objectiveValue());
            bound += Math.round(Math.ceil(solver.bestObjectiveBound() - 1e-6));
            proven += status == CpSolverStatus.OPTIMAL ? 1 : 0;
            restChains += model.restChains();
        }
        return new Result(proven == parts.size(), emptyPriority, bound, roster.getSeats().size() - roster.filledSeats(),
                (System.nanoTime() - started) / 1e9, parts.size(), proven, restChains, roster);
    }

    /**
     * Whether the model allows the roster as its seats are filled, and what it leaves empty then
     * (-1 when not allowed): a roster that breaks no hard rule must be allowed, else the model is
     * stricter than the rules.
     */
    static long emptyPriorityIfAllowed(Roster filled) {
        RosterModel model = new RosterModel(filled.getSeats());
        if (!model.fixTo(filled)) {
            return -1;
        }
        CpSolver solver = solver(30, 1);
        CpSolverStatus status = solver.solve(model.model());
        return status == CpSolverStatus.OPTIMAL ? Math.round(solver.objectiveValue()) : -1;
    }

    /**
     * Without presolve: with it, CP-SAT 9.15 rewrites the hours and safeguarding rows so that its
     * bound stays far below the optimum (even below 0 on M camps after 30 s), while without it every
     * weekly part of an M camp is proven within seconds.
     */
    private static CpSolver solver(double seconds, int workers) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(workers).setRandomSeed(2026)
                .setCpModelPresolve(false);
        return solver;
    }
}

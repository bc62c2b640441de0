package org.campcoplanner.planning.solver;

/**
 * A solve ended before there was a roster to answer with: whoever asked went away, or its time was
 * up while the roster was still being built (the plan needs more seconds than it was given).
 */
public class SolveStoppedException extends RuntimeException {

    private final boolean cancelled;

    SolveStoppedException(boolean cancelled, SolveLimits limits) {
        super(cancelled ? "The solve was stopped: nobody waits for its result any more"
                : "Preparing this plan for solving took all of the " + limits.spent().toSeconds()
                + " second(s) it was given; give it more seconds");
        this.cancelled = cancelled;
    }

    /** True when whoever asked went away; false when the time was up. */
    public boolean cancelled() {
        return cancelled;
    }
}

package org.campcoplanner.planning.solver;

import org.campcoplanner.planning.Text;

/**
 * A solve ended before there was a roster to answer with: whoever asked went away, or its time was
 * up while the roster was still being built (the plan needs more seconds than it was given).
 */
public class SolveStoppedException extends RuntimeException {

    private final boolean cancelled;
    private final transient Text text;

    SolveStoppedException(boolean cancelled, SolveLimits limits) {
        super(cancelled ? "The solve was stopped: nobody waits for its result any more"
                : "Preparing this plan for solving took all of the " + limits.spent().toSeconds()
                + " second(s) it was given; give it more seconds");
        this.cancelled = cancelled;
        this.text = cancelled ? Text.of("planning.solve.stopped")
                : Text.of("planning.solve.out-of-time", limits.spent().toSeconds());
    }

    /** What the message says, in words a page says in its reader's language. */
    public Text text() {
        return text;
    }

    /** True when whoever asked went away; false when the time was up. */
    public boolean cancelled() {
        return cancelled;
    }
}

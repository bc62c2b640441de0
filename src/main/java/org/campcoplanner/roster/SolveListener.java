package org.campcoplanner.roster;

/** Someone watching a camp's solve, such as an open planning view. Called from solver threads. */
public interface SolveListener {

    void improved(SolveProgress progress);

    void finished(SolveOutcome outcome);
}

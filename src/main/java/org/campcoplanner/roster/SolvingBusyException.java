package org.campcoplanner.roster;

/**
 * No solve slot is free ({@link SolveSlots}): the message says why and when to try again. Nothing
 * was started and nothing changed.
 */
public class SolvingBusyException extends RuntimeException {

    private final boolean callersShare;

    SolvingBusyException(boolean callersShare, String message) {
        super(message);
        this.callersShare = callersShare;
    }

    /** True when the caller holds their share of the slots already (429), false when all are taken (503). */
    public boolean callersShare() {
        return callersShare;
    }
}

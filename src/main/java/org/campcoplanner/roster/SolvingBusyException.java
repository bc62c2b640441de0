package org.campcoplanner.roster;

import org.campcoplanner.planning.Text;

/**
 * No solve slot is free ({@link SolveSlots}): the message says why and when to try again. Nothing
 * was started and nothing changed.
 */
public class SolvingBusyException extends RuntimeException {

    private final boolean callersShare;
    private final transient Text text;

    SolvingBusyException(boolean callersShare, String message, Text text) {
        super(message);
        this.callersShare = callersShare;
        this.text = text;
    }

    /** The message in words a page says in its reader's language. */
    public Text text() {
        return text;
    }

    /** True when the caller holds their share of the slots already (429), false when all are taken (503). */
    public boolean callersShare() {
        return callersShare;
    }
}

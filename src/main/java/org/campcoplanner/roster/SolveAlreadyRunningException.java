package org.campcoplanner.roster;

import org.campcoplanner.planning.DateStyle;

import java.time.LocalTime;

/** Only one solve per camp at a time. */
public class SolveAlreadyRunningException extends RuntimeException {

    public SolveAlreadyRunningException(long campId, LocalTime startedAt) {
        super("The roster of camp " + campId + " is already being solved (started at "
                + DateStyle.time(startedAt, DateStyle.UNTRANSLATED)
                + "). Wait for it to finish or stop it first.");
    }
}

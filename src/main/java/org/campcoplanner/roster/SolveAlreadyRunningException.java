package org.campcoplanner.roster;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Only one solve per camp at a time. */
public class SolveAlreadyRunningException extends RuntimeException {

    public SolveAlreadyRunningException(long campId, LocalTime startedAt) {
        super("The roster of camp " + campId + " is already being solved (started at "
                + DateTimeFormatter.ofPattern("HH:mm:ss").format(startedAt)
                + "). Wait for it to finish or stop it first.");
    }
}

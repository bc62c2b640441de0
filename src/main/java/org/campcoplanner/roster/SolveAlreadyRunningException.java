package org.campcoplanner.roster;

import org.campcoplanner.planning.DateStyle;
import org.campcoplanner.planning.Text;

import java.time.LocalTime;

/** Only one solve per camp at a time. */
public class SolveAlreadyRunningException extends RuntimeException {

    private final transient Text text;

    public SolveAlreadyRunningException(long campId, LocalTime startedAt) {
        super("The roster of camp " + campId + " is already being solved (started at "
                + DateStyle.time(startedAt, DateStyle.UNTRANSLATED)
                + "). Wait for it to finish or stop it first.");
        this.text = Text.of("roster.refused.already-solving", startedAt);
    }

    /** The message in words a page says in its reader's language. */
    public Text text() {
        return text;
    }
}

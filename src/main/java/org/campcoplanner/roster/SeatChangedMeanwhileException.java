package org.campcoplanner.roster;

import org.campcoplanner.base.ChangedMeanwhileException;

/** A planner's edit of a seat met a newer change by someone else; nothing was overwritten. */
public class SeatChangedMeanwhileException extends ChangedMeanwhileException {

    private final transient SeatState current;

    public SeatChangedMeanwhileException(SeatKey seat, SeatState current) {
        super(seat.toString(), ": it now has " + (current.person() == null ? "nobody" : current.person())
                + (current.pinned() ? " (pinned)" : ""));
        this.current = current;
    }

    public SeatState current() {
        return current;
    }
}

package org.campcoplanner.roster;

import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.planning.Text;

/** A planner's edit of a seat met a newer change by someone else; nothing was overwritten. */
public class SeatChangedMeanwhileException extends ChangedMeanwhileException {

    private final transient SeatState current;

    /**
     * @param seat  the seat as planners read it, e.g. "Helper 2 in Swim, Wed. 8 Jul. 10:00"
     * @param nowIn who sits in it now, by name, or the words for nobody
     */
    public SeatChangedMeanwhileException(Text seat, Object nowIn, SeatState current) {
        super(seat, Text.of(current.pinned() ? "roster.changed-meanwhile.now-pinned" : "roster.changed-meanwhile.now",
                nowIn));
        this.current = current;
    }

    public SeatState current() {
        return current;
    }
}

package org.campcoplanner.sessions;

import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.planning.Text;

/** A planner's edit of a session met a newer change by someone else; nothing was overwritten. */
public class SessionChangedMeanwhileException extends ChangedMeanwhileException {

    /** @param now how the session is now, such as "now 10:00–12:00 at the park" */
    public SessionChangedMeanwhileException(Text session, Text now) {
        super(session, Text.of("sessions.changed-meanwhile.now", now));
    }
}

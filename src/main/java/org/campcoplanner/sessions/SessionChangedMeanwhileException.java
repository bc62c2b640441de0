package org.campcoplanner.sessions;

import org.campcoplanner.base.ChangedMeanwhileException;

/** A planner's edit of a session met a newer change by someone else; nothing was overwritten. */
public class SessionChangedMeanwhileException extends ChangedMeanwhileException {

    public SessionChangedMeanwhileException(String title, String by) {
        super(title, " (" + by + ")");
    }
}

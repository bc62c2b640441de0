package org.campcoplanner.sessions;

import org.campcoplanner.base.ChangedMeanwhileException;

/** A planner's edit of a session met a newer change by someone else; nothing was overwritten. */
public class SessionChangedMeanwhileException extends ChangedMeanwhileException {

    public SessionChangedMeanwhileException(String title, String by) {
        super(title + " was changed by someone else meanwhile (" + by + "). Your change was not saved; "
                + "look at it again and redo your change if it still makes sense.");
    }
}

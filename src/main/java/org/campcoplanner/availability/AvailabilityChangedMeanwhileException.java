package org.campcoplanner.availability;

import org.campcoplanner.base.ChangedMeanwhileException;

/**
 * Someone else saved the person's availability after this planner read it; nothing was overwritten.
 * It keeps its own wording, said from the other planner's side ("Someone else changed ...").
 */
public class AvailabilityChangedMeanwhileException extends ChangedMeanwhileException {

    public AvailabilityChangedMeanwhileException(String personName) {
        super("Someone else changed " + personName + "'s availability while you were editing it. "
                + "Your changes were not saved; reload to see theirs and redo yours if they still make sense.");
    }
}

package org.campcoplanner.availability;

import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.planning.Text;

/**
 * Someone else saved the person's availability after this planner read it; nothing was overwritten.
 * It keeps its own wording, said from the other planner's side ("Someone else changed ...").
 */
public class AvailabilityChangedMeanwhileException extends ChangedMeanwhileException {

    public AvailabilityChangedMeanwhileException(String personName) {
        super(Text.of("availability.changed-meanwhile", personName));
    }
}

package org.campcoplanner.camp;

import org.campcoplanner.base.ChangedMeanwhileException;

import java.util.List;

/** A planner's change of a camp's settings met a newer change by someone else; nothing was overwritten. */
public class CampChangedMeanwhileException extends ChangedMeanwhileException {

    public CampChangedMeanwhileException(String campName, List<String> changedFields) {
        super(campName, fields(changedFields));
    }
}

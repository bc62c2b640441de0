package org.campcoplanner.camp;

import org.campcoplanner.base.ChangedMeanwhileException;
import org.campcoplanner.planning.Text;

import java.util.List;
import java.util.Locale;

/** A planner's change of a camp's settings met a newer change by someone else; nothing was overwritten. */
public class CampChangedMeanwhileException extends ChangedMeanwhileException {

    /** @param changedFields what the other planner changed, as the audit names them: "name", "time zone" */
    public CampChangedMeanwhileException(String campName, List<String> changedFields) {
        super(campName, fields(changedFields.stream()
                .map(field -> Text.of("camp.changed-field." + field.replace(' ', '-').toLowerCase(Locale.ROOT)))
                .toList()));
    }
}

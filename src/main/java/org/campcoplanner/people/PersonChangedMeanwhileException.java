package org.campcoplanner.people;

import org.campcoplanner.base.ChangedMeanwhileException;

import java.util.List;

/** Someone else saved this person after the planner opened them; the planner's changes were not saved. */
public class PersonChangedMeanwhileException extends ChangedMeanwhileException {

    private final transient List<String> changedFields;

    /** @param changedFields the fields of {@link PersonDetails} someone else changed, such as "name" */
    public PersonChangedMeanwhileException(String name, List<String> changedFields) {
        super(name, fields(changedFields.stream().map(PersonDetailsMapping::fieldText).toList()));
        this.changedFields = List.copyOf(changedFields);
    }

    /** The fields of {@link PersonDetails} someone else changed. */
    public List<String> changedFields() {
        return changedFields;
    }
}

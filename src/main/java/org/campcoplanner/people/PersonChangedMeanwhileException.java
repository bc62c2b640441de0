package org.campcoplanner.people;

import org.campcoplanner.base.ChangedMeanwhileException;

import java.util.List;

/** Someone else saved this person after the planner opened them; the planner's changes were not saved. */
public class PersonChangedMeanwhileException extends ChangedMeanwhileException {

    private final transient List<String> changedFields;

    public PersonChangedMeanwhileException(String name, List<String> changedFields) {
        super(name, fields(changedFields));
        this.changedFields = List.copyOf(changedFields);
    }

    public List<String> changedFields() {
        return changedFields;
    }
}

package org.campcoplanner.people;

/** Why a person cannot be saved: the field (a property of {@link PersonDetails}) and the reason. */
public record PersonProblem(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}

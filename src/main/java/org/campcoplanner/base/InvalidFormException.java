package org.campcoplanner.base;

import java.util.List;

/** A form's entry was refused; each problem names the field and the reason. Nothing was saved. */
public class InvalidFormException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidFormException(List<FieldProblem> problems) {
        super(String.join("; ", problems.stream().map(FieldProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** {@code field} is the form's field name, or empty for the form as a whole. */
    public record FieldProblem(String field, String message) {
        @Override
        public String toString() {
            return field.isEmpty() ? message : field + ": " + message;
        }
    }
}

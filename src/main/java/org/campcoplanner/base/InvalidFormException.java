package org.campcoplanner.base;

import java.util.List;

/**
 * A form's entry was refused; each problem names the field and the reason. Nothing was saved. The one
 * kind of form problem: views show it with {@code base.ui.FormProblems}, the API answers it as 400.
 */
public class InvalidFormException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidFormException(List<FieldProblem> problems) {
        this(String.join("; ", problems.stream().map(FieldProblem::toString).toList()), problems);
    }

    /** A refusal that says its problems in a sentence of its own, such as "Liam Santos was not saved: ...". */
    protected InvalidFormException(String message, List<FieldProblem> problems) {
        super(message);
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

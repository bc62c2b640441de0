package org.campcoplanner.base;

import org.campcoplanner.planning.Text;

import java.util.List;

/**
 * A form's entry was refused; each problem names the field and the reason. Nothing was saved. The one
 * kind of form problem: views show it with {@code base.ui.FormProblems}, the API answers it as 400,
 * each saying the reasons in the reader's language.
 */
public class InvalidFormException extends RuntimeException {

    private final transient Text text;
    private final transient List<FieldProblem> problems;

    public InvalidFormException(List<FieldProblem> problems) {
        this(TextLists.semicolons(problems.stream().map(FieldProblem::inWords).toList()), problems);
    }

    /** A refusal that says its problems in a sentence of its own, such as "Liam Santos was not saved: ...". */
    protected InvalidFormException(Text text, List<FieldProblem> problems) {
        super(InEnglish.say(text));
        this.text = text;
        this.problems = List.copyOf(problems);
    }

    /** The refusal as a whole, to be said in the reader's language. */
    public Text text() {
        return text;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** {@code field} is the form's field name, or empty for the form as a whole; {@code reason} says what is wrong. */
    public record FieldProblem(String field, Text reason) {

        public static FieldProblem of(String field, String key, Object... args) {
            return new FieldProblem(field, Text.of(key, args));
        }

        /** "field: reason", or the reason alone for the form as a whole. */
        public Text inWords() {
            return field.isEmpty() ? reason : Text.of("base.form.field-problem", field, reason);
        }

        @Override
        public String toString() {
            return InEnglish.say(inWords());
        }
    }
}

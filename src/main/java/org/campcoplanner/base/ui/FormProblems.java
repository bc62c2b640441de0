package org.campcoplanner.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.planning.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a refused form shows its problems: each next to the field it names (several on one
 * field joined), the rest on a stand-in field or above the buttons, each said in the page's language.
 * The planner's input stays as typed.
 */
public final class FormProblems {

    private final Map<String, ? extends HasValidation> fields;
    private final HasValidation otherwise;
    private final Span formProblem = new Span();

    /** Problems naming none of {@code fields} are shown in {@link #formProblem()}. */
    public FormProblems(Map<String, ? extends HasValidation> fields) {
        this(fields, null);
    }

    /** Problems naming none of {@code fields} are shown on {@code otherwise}. */
    public FormProblems(Map<String, ? extends HasValidation> fields, HasValidation otherwise) {
        this.fields = fields;
        this.otherwise = otherwise;
        formProblem.addClassName("camp-import-problems");
    }

    /** A form of one field, which shows whatever is refused. */
    public static FormProblems on(HasValidation onlyField) {
        return new FormProblems(Map.of(), onlyField);
    }

    /** Where problems of the form as a whole appear; add it above the form's buttons. */
    public Span formProblem() {
        return formProblem;
    }

    public void show(InvalidFormException refused) {
        show(refused.problems());
    }

    public void show(List<InvalidFormException.FieldProblem> problems) {
        clear();
        Map<HasValidation, String> onFields = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder();
        for (InvalidFormException.FieldProblem problem : problems) {
            HasValidation field = fields.containsKey(problem.field()) ? fields.get(problem.field()) : otherwise;
            if (field != null) {
                onFields.merge(field, said(problem.reason()), (one, other) -> one + "; " + other);
            } else {
                rest.append(rest.isEmpty() ? "" : "; ").append(said(problem.reason()));
            }
        }
        onFields.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
        formProblem.setText(rest.toString());
    }

    /** A reason in the language of the page the form is on. */
    private String said(Text reason) {
        return formProblem.getTranslation(reason.key(), reason.args().toArray());
    }

    public void clear() {
        fields.values().forEach(FormProblems::clear);
        if (otherwise != null) {
            clear(otherwise);
        }
        formProblem.setText("");
    }

    private static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}

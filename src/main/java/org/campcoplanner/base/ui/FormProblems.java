package org.campcoplanner.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import org.campcoplanner.base.InvalidFormException;

import java.util.Map;

/** Shows a refused form's problems next to the fields they name, the rest above the buttons. */
public final class FormProblems {

    private final Map<String, ? extends HasValidation> fields;
    private final Span formProblem = new Span();

    public FormProblems(Map<String, ? extends HasValidation> fields) {
        this.fields = fields;
        formProblem.addClassName("camp-import-problems");
    }

    public Span formProblem() {
        return formProblem;
    }

    public void show(InvalidFormException refused) {
        clear();
        for (InvalidFormException.FieldProblem problem : refused.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(problem.message());
            } else {
                formProblem.setText(problem.message());
            }
        }
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        formProblem.setText("");
    }
}

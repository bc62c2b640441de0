package org.campcoplanner.people;

import org.campcoplanner.base.InvalidFormException;
import org.campcoplanner.base.TextLists;
import org.campcoplanner.planning.Text;

import java.util.List;

/** A person was not saved because of these problems; nothing was stored. Fields are those of {@link PersonDetails}. */
public class InvalidPersonException extends InvalidFormException {

    public InvalidPersonException(String name, List<FieldProblem> problems) {
        super(said(name, problems), problems);
    }

    /** "Liam Santos was not saved: guardian consent: a guardian's consent is for youth (aged 14-17) only" */
    private static Text said(String name, List<FieldProblem> problems) {
        Text each = TextLists.semicolons(problems.stream()
                .map(p -> Text.of("base.form.field-problem", PersonDetailsMapping.fieldText(p.field()), p.reason()))
                .toList());
        return name == null || name.isBlank() ? Text.of("people.not-saved.unnamed", each)
                : Text.of("people.not-saved", name, each);
    }
}

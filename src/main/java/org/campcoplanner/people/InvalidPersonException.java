package org.campcoplanner.people;

import org.campcoplanner.base.InvalidFormException;

import java.util.List;
import java.util.stream.Collectors;

/** A person was not saved because of these problems; nothing was stored. Fields are those of {@link PersonDetails}. */
public class InvalidPersonException extends InvalidFormException {

    public InvalidPersonException(String name, List<FieldProblem> problems) {
        super((name == null || name.isBlank() ? "This person" : name) + " was not saved: "
                + problems.stream().map(p -> PersonDetailsMapping.inWords(p.field()) + ": " + p.message())
                .collect(Collectors.joining("; ")), problems);
    }
}

package org.campcoplanner.people;

import java.util.List;
import java.util.stream.Collectors;

/** A person was not saved because of these problems; nothing was stored. */
public class InvalidPersonException extends RuntimeException {

    private final transient List<PersonProblem> problems;

    public InvalidPersonException(String name, List<PersonProblem> problems) {
        super((name == null || name.isBlank() ? "This person" : name) + " was not saved: "
                + problems.stream().map(p -> PersonDetailsMapping.inWords(p.field()) + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<PersonProblem> problems() {
        return problems;
    }
}

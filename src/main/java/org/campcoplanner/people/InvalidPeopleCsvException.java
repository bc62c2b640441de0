package org.campcoplanner.people;

import java.util.List;

/** A people CSV file was refused because of these problems; nobody was imported. */
public class InvalidPeopleCsvException extends RuntimeException {

    private final transient List<PeopleCsvProblem> problems;

    public InvalidPeopleCsvException(List<PeopleCsvProblem> problems) {
        super("The people file has " + problems.size() + " problem(s); nobody was imported");
        this.problems = List.copyOf(problems);
    }

    public List<PeopleCsvProblem> problems() {
        return problems;
    }
}

package org.campcoplanner.planning.format;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan document was refused; it carries every problem found, not just the first. Its reasons
 * are {@link org.campcoplanner.planning.Text}s that whoever shows them says in the reader's
 * language; the exception's own message, for logs, only names where the problems are.
 */
public class InvalidPlanException extends RuntimeException {

    private final transient List<PlanProblem> problems;

    public InvalidPlanException(List<PlanProblem> problems) {
        super(problems.stream().map(PlanProblem::path).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}

package org.campcoplanner.planning.format;

import java.util.List;
import java.util.stream.Collectors;

/** A plan document was refused; it carries every problem found, not just the first. */
public class InvalidPlanException extends RuntimeException {

    private final transient List<PlanProblem> problems;

    public InvalidPlanException(List<PlanProblem> problems) {
        super(problems.size() + " problem(s) in the camp plan:\n"
                + problems.stream().map(PlanProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
